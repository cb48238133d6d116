using System;
using System.Management.Automation;
using System.Security;
using NaverWorks.Auth;
using NaverWorks.Commands.Common;
using NaverWorks.Sessions;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// <para type="synopsis">Connects to a NAVER Cloud Platform WORKPLACE company.</para>
    /// <para type="description">Every request is signed with the access key and secret key (API Gateway signature v2, HMAC-SHA256).
    /// The keys, the company and this computer's clock are checked with one signed call before the session is kept, so a
    /// wrong key or a clock 5 minutes off is reported here with what to fix. The new session becomes the default; several
    /// can be open at once (pass -Session to choose).</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Workplace")]
    [OutputType(typeof(WorkplaceSession))]
    public sealed class ConnectWorkplaceCommand : NaverWorksCmdlet
    {
        /// <summary>The NCP access key ID (NAVER Cloud portal > My Page > Authentication key, or a sub account's key).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string AccessKey { get; set; } = "";

        /// <summary>The secret key paired with the access key, as a SecureString or a plain string.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [SecretTransformation]
        public SecureString? SecretKey { get; set; }

        /// <summary>The company's connection key (WORKPLACE Developers > basic settings > 연동키).</summary>
        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNullOrEmpty]
        public string CompanyId { get; set; } = "";

        /// <summary>The API Gateway's scheme and host (default <c>https://workplace.apigw.ntruss.com</c>), e.g. the emulator's.</summary>
        [Parameter]
        public Uri? Endpoint { get; set; }

        /// <summary>An HTTP proxy.</summary>
        [Parameter]
        public Uri? Proxy { get; set; }

        /// <summary>Requests a minute per API operation before the module waits (default 0: none; the gateway's 429 answers are honoured either way).</summary>
        [Parameter]
        [ValidateRange(0, 100000)]
        public int RateLimitPerMinute { get; set; }

        /// <summary>Do not make the checking call (e.g. a key allowed to call only some APIs).</summary>
        [Parameter]
        public SwitchParameter SkipVerification { get; set; }

        /// <summary>Return the session object.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            WorkplaceSession session;
            try
            {
                var options = new WorkplaceConnectionOptions { Proxy = Proxy, RateLimitPerMinute = RateLimitPerMinute };
                if (Endpoint is not null) options.Endpoint = Endpoint;
                if (SecretKey is null || SecretKey.Length == 0) throw new ArgumentException("The SecretKey is empty.", nameof(SecretKey));
                Secret secret = Secret.FromSecureString(SecretKey);
                session = Run(c => WorkplaceConnector.OpenAsync(AccessKey, secret, CompanyId, options, !SkipVerification, c));
            }
            catch (PipelineStoppedException)
            {
                throw;
            }
            catch (Exception ex)
            {
                ThrowTerminating(ex, CompanyId, "Connect-Workplace");
                return;
            }
            SessionRegistry<WorkplaceSession>.Add(session);
            WriteVerbose($"Connected to WORKPLACE company {session.CompanyId} at {session.Endpoint} with access key {session.AccessKey}.");
            if (PassThru) WriteObject(session);
        }
    }
}
