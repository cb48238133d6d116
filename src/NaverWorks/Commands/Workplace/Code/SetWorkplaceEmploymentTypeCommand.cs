using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Changes a WORKPLACE employment type.</para>
    /// <para type="description">Only the fields given change (read, merge, write back the whole employment type).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorkplaceEmploymentType", SupportsShouldProcess = true)]
    [OutputType(typeof(EmploymentType))]
    public sealed class SetWorkplaceEmploymentTypeCommand : SetWorkplaceCodeCommand<EmploymentType>
    {
    }
}
