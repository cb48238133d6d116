using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace NaverWorks.Emulator.Auth;

/// <summary>Authorization codes: single-use, bound to client and redirect URI, valid for 10 minutes (documented).</summary>
internal sealed class AuthorizationCodes(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);

    public string Create(string clientId, string redirectUri, IReadOnlyList<string> scopes, string userId)
    {
        var code = RandomNumberGenerator.GetHexString(32, lowercase: true);
        _codes[code] = new Grant(clientId, redirectUri, scopes, userId, time.GetUtcNow() + Lifetime);
        return code;
    }

    /// <summary>Spends a code; any mismatch is <c>invalid_grant</c>. A code is removed on first use, even a failed one.</summary>
    public Grant Redeem(string code, string clientId, string? redirectUri)
    {
        if (!_codes.TryRemove(code, out var grant))
        {
            throw OAuthException.InvalidGrant("The authorization code is invalid or has already been used.");
        }

        if (grant.ExpiresAt <= time.GetUtcNow())
        {
            throw OAuthException.InvalidGrant("The authorization code has expired.");
        }

        if (grant.ClientId != clientId)
        {
            throw OAuthException.InvalidGrant("The authorization code was issued to another client.");
        }

        if (redirectUri is null)
        {
            throw OAuthException.InvalidRequest("redirect_uri is required.");
        }

        if (grant.RedirectUri != redirectUri)
        {
            throw OAuthException.InvalidGrant("redirect_uri does not match the one used at authorization.");
        }

        return grant;
    }

    internal sealed record Grant(string ClientId, string RedirectUri, IReadOnlyList<string> Scopes, string UserId, DateTimeOffset ExpiresAt);
}
