using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Deletes a WORKPLACE employee.</para>
    /// <para type="description">Asks for confirmation. Accepts external keys or employees from the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorkplaceEmployee", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorkplaceEmployeeCommand : RemoveWorkplaceObjectCommand<Employee>
    {
    }
}
