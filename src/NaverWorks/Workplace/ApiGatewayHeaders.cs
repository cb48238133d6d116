using System;
using System.Collections.Generic;
using System.Net.Http;

namespace NaverWorks.Workplace;

/// <summary>
/// The three API Gateway authentication header values for one request, produced by
/// <see cref="ApiGatewaySigner.CreateHeaders"/>. Contains no secret.
/// </summary>
public sealed class ApiGatewayHeaders
{
    internal ApiGatewayHeaders(string timestamp, string accessKey, string signature)
    {
        Timestamp = timestamp;
        AccessKey = accessKey;
        Signature = signature;
    }

    /// <summary>Value of <c>x-ncp-apigw-timestamp</c>: Unix milliseconds, identical to the signed timestamp.</summary>
    public string Timestamp { get; }

    /// <summary>Value of <c>x-ncp-iam-access-key</c>.</summary>
    public string AccessKey { get; }

    /// <summary>Value of <c>x-ncp-apigw-signature-v2</c>.</summary>
    public string Signature { get; }

    /// <summary>The headers as name/value pairs, in a fixed order.</summary>
    /// <returns>Timestamp, access key and signature headers.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> ToList() => new[]
    {
        new KeyValuePair<string, string>(ApiGatewaySigner.TimestampHeader, Timestamp),
        new KeyValuePair<string, string>(ApiGatewaySigner.AccessKeyHeader, AccessKey),
        new KeyValuePair<string, string>(ApiGatewaySigner.SignatureHeader, Signature),
    };

    /// <summary>Sets the headers on <paramref name="request"/>, replacing earlier values (a retried request is re-signed, not double-signed).</summary>
    /// <param name="request">The request to authenticate.</param>
    public void ApplyTo(HttpRequestMessage request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        foreach (KeyValuePair<string, string> header in ToList())
        {
            request.Headers.Remove(header.Key);
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    /// <inheritdoc />
    public override string ToString() => ApiGatewaySigner.TimestampHeader + "=" + Timestamp + ", " + ApiGatewaySigner.AccessKeyHeader + "=" + AccessKey;
}
