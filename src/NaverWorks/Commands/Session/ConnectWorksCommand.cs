using System;
using System.IO;
using System.Management.Automation;
using System.Security;
using NaverWorks.Auth;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.DependencyIsolation;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// <para type="synopsis">Connects to a NAVER WORKS tenant.</para>
    /// <para type="description">Opens a session with a service account, a user's consent, an access token,
    /// a saved token cache, or the NAVERWORKS_* environment variables. The new session becomes the default.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Works", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(WorksSession))]
    public sealed class ConnectWorksCommand : NaverWorksCmdlet
    {
        private const string ServiceAccountSet = "ServiceAccount";
        private const string AuthorizationCodeSet = "AuthorizationCode";
        private const string AccessTokenSet = "AccessToken";
        private const string TokenCacheSet = "TokenCache";
        private const string EnvironmentSet = "Environment";

        /// <summary>The app's Client ID (Developer Console, API 2.0).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServiceAccountSet)]
        [Parameter(Mandatory = true, ParameterSetName = AuthorizationCodeSet)]
        public string ClientId { get; set; } = "";

        /// <summary>The app's Client Secret, as a SecureString or a plain string.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServiceAccountSet)]
        [Parameter(Mandatory = true, ParameterSetName = AuthorizationCodeSet)]
        [SecretTransformation]
        public SecureString? ClientSecret { get; set; }

        /// <summary>The service account ID, e.g. <c>abcde.serviceaccount@example.com</c>.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServiceAccountSet)]
        public string ServiceAccount { get; set; } = "";

        /// <summary>Path of the service account's private key file (PEM).</summary>
        [Parameter(ParameterSetName = ServiceAccountSet)]
        public string? PrivateKeyPath { get; set; }

        /// <summary>The private key's PEM text, instead of a file (e.g. from a secret vault).</summary>
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [SecretTransformation]
        public SecureString? PrivateKey { get; set; }

        /// <summary>Scopes to request, e.g. <c>user.read</c>, <c>directory</c>, <c>calendar</c>.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServiceAccountSet)]
        [Parameter(Mandatory = true, ParameterSetName = AuthorizationCodeSet)]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public string[] Scope { get; set; } = Array.Empty<string>();

        /// <summary>The redirect URI registered for the app. An <c>http://localhost:port/…</c> address is caught automatically.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AuthorizationCodeSet)]
        public Uri? RedirectUri { get; set; }

        /// <summary>The domain to sign in to (sent with the code exchange).</summary>
        [Parameter(ParameterSetName = AuthorizationCodeSet)]
        public string? Domain { get; set; }

        /// <summary>Do not open a browser; only show the sign-in address.</summary>
        [Parameter(ParameterSetName = AuthorizationCodeSet)]
        public SwitchParameter NoBrowser { get; set; }

        /// <summary>An access token obtained elsewhere; it cannot be renewed.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
        [SecretTransformation]
        public SecureString? AccessToken { get; set; }

        /// <summary>A file to save the session to, or (alone) to reconnect from.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TokenCacheSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = AuthorizationCodeSet)]
        public string? TokenCachePath { get; set; }

        /// <summary>Where the platform cannot encrypt the token cache, save it anyway in a file only you can read.</summary>
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = AuthorizationCodeSet)]
        public SwitchParameter AllowUnencryptedStorage { get; set; }

        /// <summary>The domain ID used when a cmdlet needs one and none is given.</summary>
        [Parameter]
        public int? DomainId { get; set; }

        /// <summary>API base including the version (default <c>https://www.worksapis.com/v1.0</c>), e.g. the emulator's.</summary>
        [Parameter]
        public Uri? ApiEndpoint { get; set; }

        /// <summary>Auth server base (default <c>https://auth.worksmobile.com/oauth2/v2.0</c>).</summary>
        [Parameter]
        public Uri? AuthEndpoint { get; set; }

        /// <summary>An HTTP proxy.</summary>
        [Parameter]
        public Uri? Proxy { get; set; }

        /// <summary>Requests a minute per API operation before the module waits (documented limit: 240; 0 = off).</summary>
        [Parameter]
        [ValidateRange(0, 100000)]
        public int RateLimitPerMinute { get; set; } = 240;

        /// <summary>Return the session object.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            WorksSession session;
            try
            {
                session = Connect();
            }
            catch (PipelineStoppedException)
            {
                throw;
            }
            catch (Exception ex)
            {
                ThrowTerminating(ex, ParameterSetName, "Connect-Works");
                return;
            }
            SessionRegistry<WorksSession>.Add(session);
            if (session.Cache?.IsUnencrypted == true)
                WriteWarning($"The token cache {session.Cache.Path} is not encrypted (this platform has no per-user encryption); it is readable by your account only (mode 0600). Remove it with Disconnect-Works when done.");
            WriteVerbose($"Connected to {session.ApiEndpoint} as {session.Principal}" + (session.ExpiresOn is DateTimeOffset e ? $"; the token is valid until {e:yyyy-MM-dd HH:mm:ss}." : "."));
            if (PassThru) WriteObject(session);
        }

        private WorksSession Connect()
        {
            var options = new WorksConnectionOptions
            {
                DomainId = DomainId,
                Proxy = Proxy,
                RateLimitPerMinute = RateLimitPerMinute,
                TokenCachePath = TokenCachePath is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(TokenCachePath),
                AllowUnencryptedStorage = AllowUnencryptedStorage,
            };
            if (ApiEndpoint is not null) options.ApiEndpoint = ApiEndpoint;
            if (AuthEndpoint is not null) options.AuthEndpoint = AuthEndpoint;

            switch (ParameterSetName)
            {
                case ServiceAccountSet:
                    return ConnectServiceAccount(ClientId, Secret.FromSecureString(ClientSecret!), ServiceAccount, ReadKey(), string.Join(" ", Scope), options);
                case AuthorizationCodeSet:
                    return Run(c => WorksConnector.AuthorizationCodeAsync(ClientId, Secret.FromSecureString(ClientSecret!), RedirectUri!, string.Join(" ", Scope),
                        Domain, !NoBrowser, new HostAuthorizationPrompt(this), options, c));
                case AccessTokenSet:
                    return WorksConnector.AccessToken(Secret.FromSecureString(AccessToken!), options);
                case TokenCacheSet:
                    return Run(c => WorksConnector.FromCacheAsync(options.TokenCachePath!, options, c));
                default:
                    return ConnectFromEnvironment(options);
            }
        }

        private WorksSession ConnectServiceAccount(string clientId, Secret secret, string serviceAccount, (string Pem, string Source) key, string scope, WorksConnectionOptions options)
        {
            IServiceAccountSigner signer = SecurityComponents.SignerFactory.FromPem(key.Pem, key.Source);
            return Run(c => WorksConnector.ServiceAccountAsync(clientId, secret, serviceAccount, signer, scope, options, c));
        }

        private (string Pem, string Source) ReadKey()
        {
            if ((PrivateKeyPath is null) == (PrivateKey is null))
                throw new ArgumentException("Give the service account's private key with either -PrivateKeyPath or -PrivateKey.");
            if (PrivateKey is not null) return (Secret.FromSecureString(PrivateKey).Reveal(), "given with -PrivateKey");
            return ReadKeyFile(SessionState.Path.GetUnresolvedProviderPathFromPSPath(PrivateKeyPath));
        }

        private static (string Pem, string Source) ReadKeyFile(string path)
        {
            if (!File.Exists(path))
                throw new FileNotFoundException($"The private key file '{path}' does not exist.", path);
            return (File.ReadAllText(path), $"'{path}'");
        }

        private WorksSession ConnectFromEnvironment(WorksConnectionOptions options)
        {
            var env = EnvironmentCredentials.Read(name => Environment.GetEnvironmentVariable(name));
            options.DomainId ??= env.DomainId;
            if (ApiEndpoint is null && env.ApiEndpoint is not null) options.ApiEndpoint = env.ApiEndpoint;
            if (AuthEndpoint is null && env.AuthEndpoint is not null) options.AuthEndpoint = env.AuthEndpoint;
            var key = env.PrivateKey is not null ? (env.PrivateKey.Reveal(), "from NAVERWORKS_PRIVATE_KEY") : ReadKeyFile(env.PrivateKeyPath!);
            return ConnectServiceAccount(env.ClientId, env.ClientSecret, env.ServiceAccount, key, env.Scope, options);
        }
    }
}
