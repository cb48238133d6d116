using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Json;

namespace NaverWorks.Auth
{
    /// <summary>
    /// The NAVER WORKS auth server (<c>/oauth2/v2.0</c>): token grants, revocation and the authorize URL.
    /// Requests go through the same transport as API calls, so they are retried, logged and redacted alike.
    /// </summary>
    internal sealed class OAuthClient : IDisposable
    {
        internal const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

        // One operation name per grant: an error such as invalid_grant means a different mistake for each, and the
        // advice (ErrorMessages) tells them apart by the operation.
        internal const string AssertionOperation = "POST /token (jwt-bearer)";
        internal const string CodeOperation = "POST /token (authorization_code)";
        internal const string RefreshOperation = "POST /token (refresh_token)";

        private readonly ApiTransport _transport;
        private readonly string _clientId;
        private readonly Secret _clientSecret;

        public OAuthClient(Uri authEndpoint, string clientId, Secret clientSecret, TransportOptions options)
        {
            AuthEndpoint = authEndpoint;
            _clientId = clientId;
            _clientSecret = clientSecret;
            _transport = new ApiTransport(authEndpoint, NoAuthenticator.Instance, WorksErrorParser.Instance, ApiService.Works,
                new TransportOptions { Proxy = options.Proxy, RateLimitPerMinute = 0, Handler = options.Handler, Retry = options.Retry });
        }

        public Uri AuthEndpoint { get; }

        public string ClientId => _clientId;

        /// <summary>Service account: exchanges a signed assertion for tokens.</summary>
        public Task<TokenSet> RequestWithAssertionAsync(string assertion, string scope, RequestContext context) =>
            PostTokenAsync(new Dictionary<string, string>
            {
                ["assertion"] = assertion,
                ["grant_type"] = JwtBearerGrant,
                ["scope"] = scope,
            }, AssertionOperation, idempotent: true, previousRefresh: null, context);

        /// <summary>Authorization code flow: redeems the one-time code.</summary>
        public Task<TokenSet> RedeemCodeAsync(string code, string redirectUri, string? domain, RequestContext context)
        {
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = redirectUri,
            };
            if (!string.IsNullOrEmpty(domain)) form["domain"] = domain!;
            // A code is single-use: resending it after a lost answer could only fail.
            return PostTokenAsync(form, CodeOperation, idempotent: false, previousRefresh: null, context);
        }

        /// <summary>Refresh grant. Keeps the old refresh token when rotation is off and none comes back.</summary>
        public Task<TokenSet> RefreshAsync(Secret refreshToken, RequestContext context) =>
            PostTokenAsync(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken.Reveal(),
            }, RefreshOperation, idempotent: true, previousRefresh: refreshToken, context);

        /// <summary>Revokes an access or refresh token.</summary>
        public async Task RevokeAsync(Secret token, string tokenTypeHint, RequestContext context)
        {
            var request = FormRequest("/revoke", "POST /revoke", new Dictionary<string, string>
            {
                ["token"] = token.Reveal(),
                ["token_type_hint"] = tokenTypeHint,
            });
            request.Idempotent = true;
            await _transport.SendAsync(request, context).ConfigureAwait(false);
        }

        /// <summary>The URL the user opens to consent; <paramref name="state"/> ties the answer to this request.</summary>
        public Uri BuildAuthorizeUrl(string redirectUri, string scope, string state, string? domain)
        {
            var q = new StringBuilder();
            q.Append("?client_id=").Append(Uri.EscapeDataString(_clientId));
            q.Append("&redirect_uri=").Append(Uri.EscapeDataString(redirectUri));
            q.Append("&scope=").Append(Uri.EscapeDataString(scope));
            q.Append("&response_type=code");
            q.Append("&state=").Append(Uri.EscapeDataString(state));
            if (!string.IsNullOrEmpty(domain)) q.Append("&domain=").Append(Uri.EscapeDataString(domain!));
            return new Uri(AuthEndpoint.AbsoluteUri.TrimEnd('/') + "/authorize" + q);
        }

        private async Task<TokenSet> PostTokenAsync(Dictionary<string, string> form, string operation, bool idempotent, Secret? previousRefresh, RequestContext context)
        {
            var request = FormRequest("/token", operation, form);
            request.Idempotent = idempotent;
            var issuedAt = DateTimeOffset.UtcNow;
            var response = await _transport.SendAsync(request, context).ConfigureAwait(false);
            var token = WorksJson.Deserialize<TokenResponse>(response, request, ApiService.Works);
            if (string.IsNullOrEmpty(token.AccessToken))
                throw new WorksApiException(new ApiError(ApiService.Works, response.Status, "UNEXPECTED_RESPONSE", "the token response had no access_token"), "POST", "/token");
            Secret? refresh = string.IsNullOrEmpty(token.RefreshToken) ? previousRefresh : new Secret(token.RefreshToken!);
            DateTimeOffset? expires = token.ExpiresIn > 0 ? issuedAt.AddSeconds(token.ExpiresIn) : (DateTimeOffset?)null;
            return new TokenSet(new Secret(token.AccessToken!), refresh, expires, token.Scope, issuedAt);
        }

        private ApiRequest FormRequest(string path, string operation, Dictionary<string, string> form)
        {
            form["client_id"] = _clientId;
            form["client_secret"] = _clientSecret.Reveal();
            var body = new StringBuilder();
            foreach (var kv in form)
            {
                if (body.Length > 0) body.Append('&');
                body.Append(Uri.EscapeDataString(kv.Key)).Append('=').Append(Uri.EscapeDataString(kv.Value));
            }
            return new ApiRequest(HttpMethod.Post, path, operation)
            {
                Body = Encoding.UTF8.GetBytes(body.ToString()),
                ContentType = "application/x-www-form-urlencoded",
            };
        }

        public void Dispose() => _transport.Dispose();
    }
}
