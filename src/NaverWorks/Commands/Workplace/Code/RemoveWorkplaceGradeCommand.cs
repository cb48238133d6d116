using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Deletes a WORKPLACE job grade.</para>
    /// <para type="description">Asks for confirmation. A job grade still assigned to employees cannot be deleted.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorkplaceGrade", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorkplaceGradeCommand : RemoveWorkplaceObjectCommand<Grade>
    {
    }
}
