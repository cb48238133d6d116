using System.Management.Automation;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// <para type="synopsis">Shows the current NAVER WORKS session, or all open ones.</para>
    /// <para type="description">Shows domain, principal, scopes, expiry and endpoint. Tokens are never shown.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorksSession")]
    [OutputType(typeof(WorksSession))]
    public sealed class GetWorksSessionCommand : GetSessionCommand<WorksSession>
    {
    }
}
