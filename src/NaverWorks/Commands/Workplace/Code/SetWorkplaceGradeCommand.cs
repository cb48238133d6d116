using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Changes a WORKPLACE job grade.</para>
    /// <para type="description">Only the fields given change (read, merge, write back the whole job grade).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorkplaceGrade", SupportsShouldProcess = true)]
    [OutputType(typeof(Grade))]
    public sealed class SetWorkplaceGradeCommand : SetWorkplaceCodeCommand<Grade>
    {
    }
}
