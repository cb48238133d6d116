using System;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// <para type="synopsis">Closes a NAVER WORKS session and deletes the token cache it saved.</para>
    /// <para type="description">With -Revoke the tokens are also revoked at the auth server, so a copy of them elsewhere stops working.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Works", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class DisconnectWorksCommand : WorksCmdlet
    {
        /// <summary>Revoke the access and refresh tokens at the auth server.</summary>
        [Parameter]
        public SwitchParameter Revoke { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            WorksSession session = CurrentSession;
            if (!ShouldProcess(session.ToString(), "Disconnect")) return;
            if (Revoke) RevokeTokens(session);
            if (session.Cache is not null)
            {
                session.Cache.Delete();
                WriteVerbose($"Deleted the token cache {session.Cache.Path}.");
            }
            SessionRegistry<WorksSession>.Remove(session);
            session.Dispose();
        }

        private void RevokeTokens(WorksSession session)
        {
            var oauth = session.Tokens.OAuth;
            if (oauth is null)
            {
                WriteWarning("This session was opened with -AccessToken; there is nothing the module can revoke.");
                return;
            }
            var current = session.Tokens.Current;
            try
            {
                Run(async c =>
                {
                    if (current.RefreshToken is not null) await oauth.RevokeAsync(current.RefreshToken, "refresh_token", c).ConfigureAwait(false);
                    await oauth.RevokeAsync(current.AccessToken, "access_token", c).ConfigureAwait(false);
                });
                WriteVerbose("Revoked the session's tokens.");
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, session, "Revoking the tokens");
            }
        }
    }
}
