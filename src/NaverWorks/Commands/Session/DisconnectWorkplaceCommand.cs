using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Sessions;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// <para type="synopsis">Closes a WORKPLACE session.</para>
    /// <para type="description">Closes the given session (-Session), or the current one, and forgets its keys. The previous
    /// session, if any, becomes the default again. Nothing is stored on disk, so nothing is left behind.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Workplace", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class DisconnectWorkplaceCommand : WorkplaceCmdlet
    {
        /// <inheritdoc />
        protected override void EndProcessing()
        {
            WorkplaceSession session = CurrentSession;
            if (!ShouldProcess(session.ToString(), "Disconnect")) return;
            SessionRegistry<WorkplaceSession>.Remove(session);
            session.Dispose();
        }
    }
}
