using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Gets WORKPLACE job grades (직급).</para>
    /// <para type="description">With -ExternalKey (or keys from the pipeline), reads those; without it, streams them all
    /// page by page (-First, -Skip and -IncludeTotalCount work, the total is exact).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorkplaceGrade", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Grade))]
    public sealed class GetWorkplaceGradeCommand : GetWorkplaceObjectCommand<Grade>
    {
    }
}
