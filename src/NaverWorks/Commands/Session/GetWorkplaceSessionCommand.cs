using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// <para type="synopsis">Shows the current WORKPLACE session, or all open ones.</para>
    /// <para type="description">Shows the company, the endpoint and the access key with all but its first four characters
    /// masked. The secret key is never shown.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorkplaceSession")]
    [OutputType(typeof(WorkplaceSession))]
    public sealed class GetWorkplaceSessionCommand : GetSessionCommand<WorkplaceSession>
    {
    }
}
