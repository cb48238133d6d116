using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Gets WORKPLACE employees.</para>
    /// <para type="description">With -ExternalKey (or keys from the pipeline), reads those employees; without it, streams every
    /// employee of the company page by page. -First, -Skip and -IncludeTotalCount work on the list (the total is exact).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorkplaceEmployee", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Employee))]
    public sealed class GetWorkplaceEmployeeCommand : GetWorkplaceObjectCommand<Employee>
    {
    }
}
