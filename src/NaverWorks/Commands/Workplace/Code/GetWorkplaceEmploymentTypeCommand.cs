using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Gets WORKPLACE employment types (고용형태).</para>
    /// <para type="description">With -ExternalKey (or keys from the pipeline), reads those; without it, streams them all
    /// page by page (-First, -Skip and -IncludeTotalCount work, the total is exact).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorkplaceEmploymentType", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(EmploymentType))]
    public sealed class GetWorkplaceEmploymentTypeCommand : GetWorkplaceObjectCommand<EmploymentType>
    {
    }
}
