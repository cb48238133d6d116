using System.Management.Automation;
using Job = NaverWorks.Workplace.Job;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Gets WORKPLACE job positions (직책).</para>
    /// <para type="description">With -ExternalKey (or keys from the pipeline), reads those; without it, streams them all
    /// page by page (-First, -Skip and -IncludeTotalCount work, the total is exact).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorkplaceJob", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Job))]
    public sealed class GetWorkplaceJobCommand : GetWorkplaceObjectCommand<Job>
    {
    }
}
