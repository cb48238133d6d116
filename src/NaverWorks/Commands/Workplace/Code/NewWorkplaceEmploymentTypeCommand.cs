using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Creates WORKPLACE employment types (고용형태).</para>
    /// <para type="description">-ExternalKey, -Name (unique), -SortOrder and -InUse (default true); binds by property name, so
    /// a CSV can be piped in. Exactly-once under retries; -SkipExisting leaves keys that already exist.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorkplaceEmploymentType", SupportsShouldProcess = true)]
    [OutputType(typeof(EmploymentType))]
    public sealed class NewWorkplaceEmploymentTypeCommand : NewWorkplaceCodeCommand<EmploymentType>
    {
    }
}
