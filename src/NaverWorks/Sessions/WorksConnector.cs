using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading.Tasks;
using NaverWorks.Auth;
using NaverWorks.Http;

namespace NaverWorks.Sessions
{
    /// <summary>Opens NAVER WORKS sessions, one method per way of proving who we are.</summary>
    internal static class WorksConnector
    {
        // The auth server accepts assertions valid for at most an hour; half leaves room for clock drift.
        private static readonly TimeSpan AssertionLifetime = TimeSpan.FromMinutes(30);
        private static readonly TimeSpan ConsentTimeout = TimeSpan.FromMinutes(5);

        public static async Task<WorksSession> ServiceAccountAsync(
            string clientId, Secret clientSecret, string serviceAccount, IServiceAccountSigner signer, string scope,
            WorksConnectionOptions options, RequestContext context)
        {
            var oauth = new OAuthClient(options.AuthEndpoint, clientId, clientSecret, TransportOptionsFor(options));
            Func<RequestContext, Task<TokenSet>> mint = c =>
            {
                var now = DateTimeOffset.UtcNow;
                string assertion = signer.CreateAssertion(clientId, serviceAccount, now, now + AssertionLifetime);
                return oauth.RequestWithAssertionAsync(assertion, scope, c);
            };
            TokenSet first = await WithCleanupAsync(() => mint(context), oauth).ConfigureAwait(false);
            return Open(WorksAuthType.ServiceAccount, clientId, clientSecret, serviceAccount, options, new TokenManager(first, oauth, mint), first);
        }

        public static async Task<WorksSession> AuthorizationCodeAsync(
            string clientId, Secret clientSecret, Uri redirectUri, string scope, string? domain, bool openBrowser,
            IAuthorizationPrompt prompt, WorksConnectionOptions options, RequestContext context)
        {
            var oauth = new OAuthClient(options.AuthEndpoint, clientId, clientSecret, TransportOptionsFor(options));
            TokenSet first = await WithCleanupAsync(async () =>
            {
                string state = NewState();
                Uri url = oauth.BuildAuthorizeUrl(redirectUri.OriginalString, scope, state, domain);
                IDictionary<string, string> answer = await ObtainAnswerAsync(url, redirectUri, openBrowser, prompt, context).ConfigureAwait(false);
                string code = CheckAnswer(answer, state);
                return await oauth.RedeemCodeAsync(code, redirectUri.OriginalString, domain, context).ConfigureAwait(false);
            }, oauth).ConfigureAwait(false);
            return Open(WorksAuthType.AuthorizationCode, clientId, clientSecret, "user of " + clientId, options, new TokenManager(first, oauth, null), first);
        }

        public static WorksSession AccessToken(Secret token, WorksConnectionOptions options)
        {
            var tokens = new TokenManager(new TokenSet(token, null, null, null, DateTimeOffset.UtcNow), null, null);
            var transport = new ApiTransport(options.ApiEndpoint, new BearerAuthenticator(tokens), WorksErrorParser.Instance, ApiService.Works, TransportOptionsFor(options));
            return new WorksSession(WorksAuthType.AccessToken, null, "access token", options, tokens, transport, null);
        }

        /// <summary>Reopens a saved session, renewing its token if it expired meanwhile.</summary>
        public static async Task<WorksSession> FromCacheAsync(string path, WorksConnectionOptions options, RequestContext context)
        {
            TokenCacheEntry entry = TokenCacheFile.Load(path);
            options.ApiEndpoint = new Uri(entry.ApiEndpoint);
            options.AuthEndpoint = new Uri(entry.AuthEndpoint);
            options.DomainId ??= entry.DomainId;
            options.TokenCachePath = path;
            options.AllowUnencryptedStorage = true; // the file exists: whoever created it already chose how it is stored
            var secret = new Secret(entry.ClientSecret);
            var oauth = new OAuthClient(options.AuthEndpoint, entry.ClientId, secret, TransportOptionsFor(options));
            var saved = new TokenSet(new Secret(entry.AccessToken), entry.RefreshToken is null ? null : new Secret(entry.RefreshToken), entry.ExpiresAt, entry.Scope, entry.IssuedAt);
            var tokens = new TokenManager(saved, oauth, null);
            var type = (WorksAuthType)Enum.Parse(typeof(WorksAuthType), entry.AuthType);
            var session = Open(type, entry.ClientId, secret, entry.Principal, options, tokens, null);
            await tokens.GetAsync(context).ConfigureAwait(false); // renew now if it expired while saved
            return session;
        }

        private static WorksSession Open(WorksAuthType type, string clientId, Secret clientSecret, string principal, WorksConnectionOptions options, TokenManager tokens, TokenSet? saveNow)
        {
            TokenCacheFile? cache = null;
            if (options.TokenCachePath is not null)
            {
                cache = new TokenCacheFile(options.TokenCachePath, new TokenCacheEntry
                {
                    AuthType = type.ToString(),
                    ClientId = clientId,
                    ClientSecret = clientSecret.Reveal(),
                    Principal = principal,
                    ApiEndpoint = options.ApiEndpoint.AbsoluteUri,
                    AuthEndpoint = options.AuthEndpoint.AbsoluteUri,
                    DomainId = options.DomainId,
                }, options.AllowUnencryptedStorage);
                if (saveNow is not null) cache.Save(saveNow);
            }
            var authenticator = new BearerAuthenticator(tokens, serviceAccount: type == WorksAuthType.ServiceAccount);
            var transport = new ApiTransport(options.ApiEndpoint, authenticator, WorksErrorParser.Instance, ApiService.Works, TransportOptionsFor(options));
            return new WorksSession(type, clientId, principal, options, tokens, transport, cache);
        }

        private static async Task<IDictionary<string, string>> ObtainAnswerAsync(Uri url, Uri redirectUri, bool openBrowser, IAuthorizationPrompt prompt, RequestContext context)
        {
            if (LoopbackRedirectListener.Handles(redirectUri))
            {
                using var listener = new LoopbackRedirectListener(redirectUri);
                prompt.ShowAuthorizeUrl(url, listening: true);
                if (openBrowser) prompt.TryOpenBrowser(url);
                return await listener.WaitAsync(ConsentTimeout, context.Cancellation).ConfigureAwait(false);
            }
            // Not a local address: the browser lands on a page we cannot see, so the user pastes what it shows.
            prompt.ShowAuthorizeUrl(url, listening: false);
            if (openBrowser) prompt.TryOpenBrowser(url);
            string pasted = (prompt.ReadPastedResponse() ?? "").Trim();
            if (pasted.Length == 0) throw new InvalidOperationException("No authorization code was entered.");
            int q = pasted.IndexOf('?');
            if (q >= 0 || pasted.IndexOf("code=", StringComparison.Ordinal) >= 0)
                return QueryString.Parse(q >= 0 ? pasted.Substring(q + 1) : pasted);
            return new Dictionary<string, string> { ["code"] = pasted };
        }

        private static string CheckAnswer(IDictionary<string, string> answer, string state)
        {
            if (answer.TryGetValue("error", out string? error))
            {
                answer.TryGetValue("error_description", out string? description);
                throw new InvalidOperationException($"The sign-in was refused: {error}{(description is null ? "" : " (" + description + ")")}. Check the scopes granted to the app and try again.");
            }
            // A pasted bare code carries no state; an answer that has one must carry ours.
            if (answer.TryGetValue("state", out string? returned) && returned != state)
                throw new InvalidOperationException("The answer to the sign-in does not belong to this request (state mismatch). Start Connect-Works again and use only the link it shows.");
            if (!answer.TryGetValue("code", out string? code) || string.IsNullOrEmpty(code))
                throw new InvalidOperationException("The answer to the sign-in held no authorization code.");
            return code;
        }

        private static string NewState()
        {
            var bytes = new byte[24];
            using (var rng = RandomNumberGenerator.Create()) rng.GetBytes(bytes);
            return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        private static async Task<TokenSet> WithCleanupAsync(Func<Task<TokenSet>> obtain, IDisposable oauth)
        {
            try
            {
                return await obtain().ConfigureAwait(false);
            }
            catch
            {
                oauth.Dispose();
                throw;
            }
        }

        internal static TransportOptions TransportOptionsFor(WorksConnectionOptions options) =>
            new TransportOptions { Proxy = options.Proxy, RateLimitPerMinute = options.RateLimitPerMinute };
    }
}
