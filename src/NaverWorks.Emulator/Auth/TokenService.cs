using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator;

/// <summary>
/// Issues, validates, expires and revokes the emulator's access and refresh tokens. Thread-safe;
/// the lifetimes and rotation switch may change at run time and apply to tokens issued afterwards.
/// </summary>
public sealed class TokenService
{
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly ConcurrentDictionary<string, AccessToken> _access = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshToken> _refresh = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _revoked = new(StringComparer.Ordinal);
    private readonly AppRegistry _apps;
    private readonly TimeProvider _time;
    private int _issuedAccess;
    private int _issuedRefresh;

    internal TokenService(EmulatorOptions options, AppRegistry apps, TimeProvider time)
    {
        _apps = apps;
        _time = time;
        AccessTokenLifetime = options.AccessTokenLifetime;
        RefreshTokenRotation = options.RefreshTokenRotation;
    }

    /// <summary>Lifetime of access tokens issued from now on (the Developer Console offers 1 h or 24 h); also the <c>expires_in</c> sent.</summary>
    public TimeSpan AccessTokenLifetime { get; set; }

    /// <summary>Lifetime of refresh tokens issued from now on (documented: 90 days).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>When true a refresh answers a new refresh token and the old one stops working; when false it answers none and the old one stays valid.</summary>
    public bool RefreshTokenRotation { get; set; }

    /// <summary>Access tokens issued so far.</summary>
    public int IssuedAccessTokens => Volatile.Read(ref _issuedAccess);

    /// <summary>Refresh tokens issued so far.</summary>
    public int IssuedRefreshTokens => Volatile.Read(ref _issuedRefresh);

    /// <summary>Every token revoked through <c>/revoke</c> or <see cref="Revoke"/> (including access tokens revoked with their refresh token).</summary>
    public IReadOnlyCollection<string> RevokedTokens => [.. _revoked.Keys];

    /// <summary>Every access and refresh token value issued so far, so leak tests can look for them in a client's output.</summary>
    public IReadOnlyCollection<string> IssuedTokenValues => [.. _access.Keys, .. _refresh.Keys];

    /// <summary>Makes every access token issued so far expired, so the next API call answers 401.</summary>
    public void ExpireAll()
    {
        var past = _time.GetUtcNow().AddSeconds(-1);
        foreach (var token in _access.Values)
        {
            token.ExpiresAt = past;
        }
    }

    /// <summary>Makes every refresh token issued so far expired, so the next refresh answers <c>invalid_grant</c>.</summary>
    public void ExpireAllRefreshTokens()
    {
        var past = _time.GetUtcNow().AddSeconds(-1);
        foreach (var token in _refresh.Values)
        {
            token.ExpiresAt = past;
        }
    }

    /// <summary>Revokes an access or refresh token; a refresh token takes the access tokens issued from it along. False when the token is unknown.</summary>
    public bool Revoke(string token)
    {
        if (_access.TryGetValue(token, out var access))
        {
            access.Revoked = true;
            _revoked.TryAdd(token, 0);
            return true;
        }

        if (_refresh.TryGetValue(token, out var refresh))
        {
            refresh.Revoked = true;
            _revoked.TryAdd(token, 0);
            foreach (var pair in _access.Where(p => p.Value.RefreshToken == token))
            {
                pair.Value.Revoked = true;
                _revoked.TryAdd(pair.Key, 0);
            }

            return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="token"/> (access or refresh) was issued to <paramref name="clientId"/>.</summary>
    internal bool IsOwnedBy(string token, string clientId) =>
        (_access.TryGetValue(token, out var access) && access.ClientId == clientId)
        || (_refresh.TryGetValue(token, out var refresh) && refresh.ClientId == clientId);

    /// <summary>True while <paramref name="accessToken"/> would be accepted by the API.</summary>
    public bool IsActive(string accessToken) =>
        _access.TryGetValue(accessToken, out var token) && !token.Revoked && token.ExpiresAt > _time.GetUtcNow();

    /// <summary>
    /// Mints an access token without the token endpoint, for tests of the access-token sign-in path.
    /// A null <paramref name="userId"/> makes it a service-account token.
    /// </summary>
    public string CreateAccessToken(DemoApp app, IEnumerable<string>? scopes = null, string? userId = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return IssueAccess(app.ClientId, [.. scopes ?? app.Scopes], userId, refreshToken: null);
    }

    /// <summary>The token endpoint's success body for a new grant.</summary>
    internal Dictionary<string, string> Issue(RegisteredApp app, IReadOnlyList<string> scopes, string? userId)
    {
        var refresh = NewToken("kr1AAAC");
        _refresh[refresh] = new RefreshToken(app.ClientId, scopes, userId, _time.GetUtcNow() + RefreshTokenLifetime);
        Interlocked.Increment(ref _issuedRefresh);
        var access = IssueAccess(app.ClientId, scopes, userId, refresh);
        return Response(access, refresh, scopes);
    }

    /// <summary>The token endpoint's success body for <c>grant_type=refresh_token</c>.</summary>
    internal Dictionary<string, string> Refresh(RegisteredApp app, string refreshToken)
    {
        if (!_refresh.TryGetValue(refreshToken, out var current) || current.ClientId != app.ClientId)
        {
            throw OAuthException.InvalidGrant("The refresh token is invalid or was not issued to this client.");
        }

        if (current.Revoked)
        {
            throw OAuthException.InvalidGrant("The refresh token has been revoked.");
        }

        if (current.ExpiresAt <= _time.GetUtcNow())
        {
            throw OAuthException.InvalidGrant("The refresh token has expired.");
        }

        if (!RefreshTokenRotation)
        {
            return Response(IssueAccess(app.ClientId, current.Scopes, current.UserId, refreshToken), null, current.Scopes);
        }

        // Rotation: the presented token is spent; a replay of it fails.
        current.Revoked = true;
        return Issue(app, current.Scopes, current.UserId);
    }

    /// <summary>Reads <c>Authorization: Bearer {token}</c>; anything else is 401 UNAUTHORIZED.</summary>
    internal WorksPrincipal Authenticate(StringValues authorization)
    {
        var header = authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            throw ApiErrors.Unauthorized("The Authorization header is missing.");
        }

        // The doc requires the word "Bearer" followed by exactly one space.
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header.Length == "Bearer ".Length || header["Bearer ".Length..].Contains(' '))
        {
            throw ApiErrors.Unauthorized("The Authorization header must be 'Bearer {access_token}'.");
        }

        var value = header["Bearer ".Length..];
        if (!_access.TryGetValue(value, out var token))
        {
            throw ApiErrors.Unauthorized("The access token is invalid.");
        }

        if (token.Revoked)
        {
            throw ApiErrors.Unauthorized("The access token has been revoked.");
        }

        if (token.ExpiresAt <= _time.GetUtcNow())
        {
            throw ApiErrors.Unauthorized("The access token has expired.");
        }

        if (_apps.Find(token.ClientId) is null)
        {
            throw ApiErrors.Unauthorized("The client app of the access token no longer exists.");
        }

        return new WorksPrincipal(token.ClientId, token.Scopes, token.UserId);
    }

    private string IssueAccess(string clientId, IReadOnlyList<string> scopes, string? userId, string? refreshToken)
    {
        var access = NewToken("kr1AAAB");
        _access[access] = new AccessToken(clientId, new HashSet<string>(scopes, StringComparer.Ordinal), userId, refreshToken)
        {
            ExpiresAt = _time.GetUtcNow() + AccessTokenLifetime,
        };
        Interlocked.Increment(ref _issuedAccess);
        return access;
    }

    private Dictionary<string, string> Response(string access, string? refresh, IReadOnlyList<string> scopes)
    {
        var body = new Dictionary<string, string> { ["access_token"] = access };
        if (refresh is not null)
        {
            body["refresh_token"] = refresh;
        }

        body["scope"] = string.Join(' ', scopes);
        body["token_type"] = "Bearer";
        // The real service sends expires_in as a JSON string.
        body["expires_in"] = ((long)AccessTokenLifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return body;
    }

    private static string NewToken(string prefix) => prefix + RandomNumberGenerator.GetString(TokenAlphabet, 96);

    private sealed class AccessToken(string clientId, IReadOnlySet<string> scopes, string? userId, string? refreshToken)
    {
        public string ClientId { get; } = clientId;

        public IReadOnlySet<string> Scopes { get; } = scopes;

        public string? UserId { get; } = userId;

        public string? RefreshToken { get; } = refreshToken;

        public DateTimeOffset ExpiresAt { get; set; }

        public bool Revoked { get; set; }
    }

    private sealed class RefreshToken(string clientId, IReadOnlyList<string> scopes, string? userId, DateTimeOffset expiresAt)
    {
        public string ClientId { get; } = clientId;

        public IReadOnlyList<string> Scopes { get; } = scopes;

        public string? UserId { get; } = userId;

        public DateTimeOffset ExpiresAt { get; set; } = expiresAt;

        public bool Revoked { get; set; }
    }
}
