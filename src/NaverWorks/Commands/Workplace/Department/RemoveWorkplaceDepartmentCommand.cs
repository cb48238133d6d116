using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Deletes a WORKPLACE department.</para>
    /// <para type="description">Asks for confirmation. A department that still has sub-departments or members cannot be deleted;
    /// the top-level department never can.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorkplaceDepartment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorkplaceDepartmentCommand : RemoveWorkplaceObjectCommand<Department>
    {
    }
}
