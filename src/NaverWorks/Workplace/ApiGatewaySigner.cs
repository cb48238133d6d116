using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace NaverWorks.Workplace;

/// <summary>
/// Signs requests for the NAVER Cloud Platform API Gateway ("signature v2"), as used by the
/// WORKPLACE organization API and every other NCP signed API.
/// </summary>
/// <remarks>
/// <para>
/// StringToSign is <c>METHOD + " " + pathAndQuery + "\n" + timestamp + "\n" + accessKey</c> (LF, no
/// trailing newline); the signature is <c>Base64(HMAC-SHA256(UTF8(secretKey), UTF8(StringToSign)))</c>.
/// The request body is not signed.
/// </para>
/// <para>
/// The path is never re-encoded here. The gateway recomputes the signature over the request target
/// exactly as it arrives on the wire, so the only safe input is the string that will be sent:
/// <see cref="Uri.PathAndQuery"/> of the final <see cref="HttpRequestMessage.RequestUri"/>. Building the
/// URL twice (once to sign, once to send) is the classic cause of "401 Authentication Failed": a
/// different escaping of one character, a dropped <c>?offset=&amp;limit=</c>, or a reordered query all
/// change the bytes the gateway signs. <see cref="Apply(HttpRequestMessage, Func{DateTimeOffset})"/>
/// reads the target from the request itself for that reason, and should run as late as possible
/// (in the last <see cref="DelegatingHandler"/>), after any base-address resolution.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ApiGatewaySigner
{
    /// <summary>Header carrying the request time in Unix milliseconds.</summary>
    public const string TimestampHeader = "x-ncp-apigw-timestamp";

    /// <summary>Header carrying the access key ID.</summary>
    public const string AccessKeyHeader = "x-ncp-iam-access-key";

    /// <summary>Header carrying the Base64 HMAC-SHA256 signature.</summary>
    public const string SignatureHeader = "x-ncp-apigw-signature-v2";

    // Held as bytes, never as a string property, so it cannot leak through ToString, a debugger
    // display or PowerShell's default formatting of public properties.
    private readonly byte[] _secretKeyUtf8;

    /// <summary>Creates a signer for one access key / secret key pair.</summary>
    /// <param name="accessKey">The NCP access key ID (sent in clear in every request).</param>
    /// <param name="secretKey">The NCP secret key; used as UTF-8 bytes, not Base64-decoded.</param>
    /// <exception cref="ArgumentException">A key is null, empty, or contains whitespace or control characters.</exception>
    public ApiGatewaySigner(string accessKey, string secretKey)
    {
        RequireToken(accessKey, nameof(accessKey));
        RequireToken(secretKey, nameof(secretKey));
        AccessKey = accessKey;
        _secretKeyUtf8 = Encoding.UTF8.GetBytes(secretKey);
    }

    /// <summary>The access key ID this signer identifies itself with.</summary>
    public string AccessKey { get; }

    /// <summary>Builds the exact text that is signed (exposed for diagnostics; it contains no secret).</summary>
    /// <param name="method">HTTP method; upper-cased.</param>
    /// <param name="pathAndQuery">The request target exactly as sent, e.g. <c>/organization/apigw/v2/company/x/department?offset=0&amp;limit=10</c>.</param>
    /// <param name="timestampMillis">Unix time in milliseconds, the same string sent in <see cref="TimestampHeader"/>.</param>
    /// <returns>The StringToSign.</returns>
    public string BuildStringToSign(string method, string pathAndQuery, string timestampMillis)
    {
        string normalizedMethod = NormalizeMethod(method);
        RequireWireTarget(pathAndQuery);
        RequireTimestamp(timestampMillis);
        return normalizedMethod + " " + pathAndQuery + "\n" + timestampMillis + "\n" + AccessKey;
    }

    /// <summary>Computes the signature-v2 value for one request.</summary>
    /// <param name="method">HTTP method; upper-cased.</param>
    /// <param name="pathAndQuery">The request target exactly as sent (path plus query, no scheme or host, already percent-encoded).</param>
    /// <param name="timestampMillis">Unix time in milliseconds, the same string sent in <see cref="TimestampHeader"/>.</param>
    /// <returns>Base64 (with padding) of the HMAC-SHA256.</returns>
    public string Sign(string method, string pathAndQuery, string timestampMillis)
    {
        byte[] message = Encoding.UTF8.GetBytes(BuildStringToSign(method, pathAndQuery, timestampMillis));
        // A fresh HMAC per call: HMACSHA256 instances are not thread-safe, and the static HashData
        // helpers do not exist on netstandard2.0 / .NET Framework.
        using (var hmac = new HMACSHA256(_secretKeyUtf8))
        {
            return Convert.ToBase64String(hmac.ComputeHash(message));
        }
    }

    /// <summary>
    /// Produces the three authentication headers for one request. The clock is read once, so the
    /// timestamp header and the signed timestamp are the same value by construction.
    /// </summary>
    /// <param name="method">HTTP method; upper-cased.</param>
    /// <param name="pathAndQuery">The request target exactly as sent (see <see cref="Sign"/>).</param>
    /// <param name="clock">Current time source, read exactly once.</param>
    /// <returns>The header values to send.</returns>
    public ApiGatewayHeaders CreateHeaders(string method, string pathAndQuery, Func<DateTimeOffset> clock)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        string timestamp = clock().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return new ApiGatewayHeaders(timestamp, AccessKey, Sign(method, pathAndQuery, timestamp));
    }

    /// <summary>
    /// Signs <paramref name="request"/> in place over <c>request.RequestUri.PathAndQuery</c>, the
    /// target the HTTP stack writes on the wire, replacing any earlier authentication headers.
    /// </summary>
    /// <param name="request">A request with an absolute <see cref="HttpRequestMessage.RequestUri"/>.</param>
    /// <param name="clock">Current time source, read exactly once.</param>
    /// <returns>The headers that were applied.</returns>
    /// <exception cref="ArgumentException">The request URI is missing or relative.</exception>
    public ApiGatewayHeaders Apply(HttpRequestMessage request, Func<DateTimeOffset> clock)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        Uri? uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw new ArgumentException("The request URI must be absolute before signing (sign after base-address resolution).", nameof(request));
        }

        ApiGatewayHeaders headers = CreateHeaders(request.Method.Method, uri.PathAndQuery, clock);
        headers.ApplyTo(request);
        return headers;
    }

    /// <summary>Describes the signer without revealing the secret key.</summary>
    /// <returns>A diagnostic string naming the access key only.</returns>
    public override string ToString() => "ApiGatewaySigner(AccessKey=" + AccessKey + ")";

    private static string NormalizeMethod(string method)
    {
        if (string.IsNullOrEmpty(method))
        {
            throw new ArgumentException("The HTTP method is required.", nameof(method));
        }

        foreach (char c in method)
        {
            // RFC 9110 token characters, restricted to what a real method uses: letters only.
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            {
                throw new ArgumentException("The HTTP method must consist of letters only.", nameof(method));
            }
        }

        return method.ToUpperInvariant();
    }

    private static void RequireWireTarget(string pathAndQuery)
    {
        if (string.IsNullOrEmpty(pathAndQuery) || pathAndQuery[0] != '/')
        {
            throw new ArgumentException(
                "Sign the origin-form request target (path and query, starting with '/'), not a full URL.",
                nameof(pathAndQuery));
        }

        foreach (char c in pathAndQuery)
        {
            // A request target on the wire is visible ASCII only. Anything else means the caller passed
            // a decoded string that the HTTP stack would re-encode, so the signature could not match.
            if (c <= ' ' || c >= '\u007f')
            {
                throw new ArgumentException(
                    "The path and query must be exactly what is sent on the wire (percent-encoded, visible ASCII only).",
                    nameof(pathAndQuery));
            }
        }
    }

    private static void RequireTimestamp(string timestampMillis)
    {
        if (string.IsNullOrEmpty(timestampMillis))
        {
            throw new ArgumentException("The timestamp is required.", nameof(timestampMillis));
        }

        foreach (char c in timestampMillis)
        {
            if (c < '0' || c > '9')
            {
                throw new ArgumentException("The timestamp must be Unix milliseconds (decimal digits only).", nameof(timestampMillis));
            }
        }
    }

    private static void RequireToken(string value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The key is required.", parameterName);
        }

        foreach (char c in value)
        {
            // A newline in the access key would forge an extra StringToSign line; whitespace in either key
            // is always a copy-paste accident.
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new ArgumentException("The key must not contain whitespace or control characters.", parameterName);
            }
        }
    }
}
