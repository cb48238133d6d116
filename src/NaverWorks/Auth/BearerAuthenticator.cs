using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Auth
{
    /// <summary>NAVER WORKS API credentials: <c>Authorization: Bearer {token}</c>, renewed through the token manager.</summary>
    internal sealed class BearerAuthenticator : IRequestAuthenticator
    {
        private readonly TokenManager _tokens;

        public BearerAuthenticator(TokenManager tokens) => _tokens = tokens;

        public async Task<object?> AuthenticateAsync(HttpRequestMessage request, RequestContext context)
        {
            TokenSet token = await _tokens.GetAsync(context).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken.Reveal());
            return token;
        }

        public Task<bool> RefreshAfterRejectionAsync(object? stamp, RequestContext context) =>
            _tokens.RenewAfterRejectionAsync(stamp as TokenSet, context);
    }
}
