using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Auth
{
    /// <summary>
    /// NAVER WORKS API credentials: <c>Authorization: Bearer {token}</c>, renewed through the token manager. For a
    /// service account it also stops a request for <c>/users/me/…</c> before it is sent: "me" is the signed-in user,
    /// which a service account is not, and the service's own refusal would not say so.
    /// </summary>
    internal sealed class BearerAuthenticator : IRequestAuthenticator
    {
        private readonly TokenManager _tokens;
        private readonly bool _serviceAccount;

        public BearerAuthenticator(TokenManager tokens, bool serviceAccount = false)
        {
            _tokens = tokens;
            _serviceAccount = serviceAccount;
        }

        public async Task<object?> AuthenticateAsync(HttpRequestMessage request, RequestContext context)
        {
            if (_serviceAccount && NamesMe(request.RequestUri))
                throw new ArgumentException("'me' means the signed-in user, and a service account is not one: give the user's id, login email or externalKey:KEY instead (for example -UserId kim@example.com), or connect as that user with Connect-Works -RedirectUri.", "UserId");
            TokenSet token = await _tokens.GetAsync(context).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken.Reveal());
            return token;
        }

        // True for …/users/me and …/users/me/…: the user segment of the path is the literal "me".
        private static bool NamesMe(Uri? uri)
        {
            if (uri is null) return false;
            string[] segments = uri.AbsolutePath.Split('/');
            for (int i = 0; i + 1 < segments.Length; i++)
                if (segments[i] == "users" && segments[i + 1] == "me") return true;
            return false;
        }

        public Task<bool> RefreshAfterRejectionAsync(object? stamp, RequestContext context) =>
            _tokens.RenewAfterRejectionAsync(stamp as TokenSet, context);
    }
}
