using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Creates WORKPLACE job grades (직급).</para>
    /// <para type="description">-ExternalKey, -Name (unique), -SortOrder and -InUse (default true); binds by property name, so
    /// a CSV can be piped in. Exactly-once under retries; -SkipExisting leaves keys that already exist.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorkplaceGrade", SupportsShouldProcess = true)]
    [OutputType(typeof(Grade))]
    public sealed class NewWorkplaceGradeCommand : NewWorkplaceCodeCommand<Grade>
    {
    }
}
