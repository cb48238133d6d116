using System.Management.Automation;
using Job = NaverWorks.Workplace.Job;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Changes a WORKPLACE job position.</para>
    /// <para type="description">Only the fields given change (read, merge, write back the whole job position).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorkplaceJob", SupportsShouldProcess = true)]
    [OutputType(typeof(Job))]
    public sealed class SetWorkplaceJobCommand : SetWorkplaceCodeCommand<Job>
    {
    }
}
