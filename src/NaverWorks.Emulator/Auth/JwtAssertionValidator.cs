using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace NaverWorks.Emulator.Auth;

/// <summary>
/// Verifies a service-account JWT assertion (RFC 7523) the way the docs describe it, rejecting
/// each of the known client mistakes with <c>invalid_grant</c>: standard or padded Base64, another
/// algorithm, a wrong key, iss/sub mix-ups, string-typed iat/exp, expired or over-long assertions.
/// </summary>
internal static class JwtAssertionValidator
{
    /// <summary>The longest assertion lifetime (exp − iat) accepted.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(60);

    /// <summary>Clock skew tolerated for an iat slightly in the future.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);

    public static void Validate(string assertion, RegisteredApp app, DateTimeOffset now)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            throw OAuthException.InvalidGrant("The assertion is not a compact JWS (header.payload.signature).");
        }

        var segments = new byte[3][];
        for (var i = 0; i < 3; i++)
        {
            segments[i] = DecodeSegment(parts[i]);
        }

        using var header = ParseJson(segments[0], "header");
        if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "RS256")
        {
            throw OAuthException.InvalidGrant("The assertion header must declare alg RS256.");
        }

        if (header.RootElement.TryGetProperty("typ", out var typ) && !(typ.ValueKind == JsonValueKind.String && string.Equals(typ.GetString(), "JWT", StringComparison.OrdinalIgnoreCase)))
        {
            throw OAuthException.InvalidGrant("The assertion header typ must be JWT.");
        }

        if (!app.VerifyRs256(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), segments[2]))
        {
            throw OAuthException.InvalidGrant("The assertion signature does not verify against the app's registered public key.");
        }

        using var payload = ParseJson(segments[1], "payload");
        var claims = payload.RootElement;
        if (StringClaim(claims, "iss") != app.ClientId)
        {
            throw OAuthException.InvalidGrant("The assertion iss must be the client id.");
        }

        if (StringClaim(claims, "sub") != app.App.ServiceAccount)
        {
            throw OAuthException.InvalidGrant("The assertion sub must be the app's service account.");
        }

        var iat = NumericDate(claims, "iat");
        var exp = NumericDate(claims, "exp");
        if (exp <= now)
        {
            throw OAuthException.InvalidGrant("The assertion has expired.");
        }

        if (iat > now + ClockSkew)
        {
            throw OAuthException.InvalidGrant("The assertion iat is in the future.");
        }

        if (exp <= iat)
        {
            throw OAuthException.InvalidGrant("The assertion exp must be after iat.");
        }

        if (exp - iat > MaxLifetime)
        {
            throw OAuthException.InvalidGrant("The assertion lifetime (exp - iat) must not exceed 60 minutes.");
        }
    }

    private static byte[] DecodeSegment(string segment)
    {
        // base64url without padding only (RFC 7515 §2): '=', '+' and '/' mark a wrongly encoded JWT.
        foreach (var c in segment)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw OAuthException.InvalidGrant("The assertion must be base64url-encoded without padding (found '" + c + "').");
            }
        }

        try
        {
            return Base64Url.DecodeFromChars(segment);
        }
        catch (FormatException)
        {
            throw OAuthException.InvalidGrant("The assertion is not valid base64url.");
        }
    }

    private static JsonDocument ParseJson(byte[] utf8, string part)
    {
        try
        {
            var document = JsonDocument.Parse(utf8);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
        }

        throw OAuthException.InvalidGrant($"The assertion {part} is not a JSON object.");
    }

    private static string? StringClaim(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset NumericDate(JsonElement claims, string name)
    {
        if (!claims.TryGetProperty(name, out var value))
        {
            throw OAuthException.InvalidGrant($"The assertion has no {name} claim.");
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds))
        {
            throw OAuthException.InvalidGrant($"The assertion {name} must be a JSON number of seconds since the epoch (a string is not accepted).");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
