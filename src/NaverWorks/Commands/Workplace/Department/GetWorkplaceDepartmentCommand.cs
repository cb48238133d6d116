using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Gets WORKPLACE departments.</para>
    /// <para type="description">With -ExternalKey (or keys from the pipeline), reads those departments; without it, streams every
    /// department of the company page by page. -First, -Skip and -IncludeTotalCount work on the list (the total is exact).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorkplaceDepartment", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Department))]
    public sealed class GetWorkplaceDepartmentCommand : GetWorkplaceObjectCommand<Department>
    {
    }
}
