using System.Management.Automation;
using Job = NaverWorks.Workplace.Job;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Deletes a WORKPLACE job position.</para>
    /// <para type="description">Asks for confirmation. A job position still assigned to employees cannot be deleted.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorkplaceJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorkplaceJobCommand : RemoveWorkplaceObjectCommand<Job>
    {
    }
}
