using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Deletes a WORKPLACE employment type.</para>
    /// <para type="description">Asks for confirmation. A employment type still assigned to employees cannot be deleted.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorkplaceEmploymentType", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorkplaceEmploymentTypeCommand : RemoveWorkplaceObjectCommand<EmploymentType>
    {
    }
}
