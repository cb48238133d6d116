using System;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// The API Gateway's signature-v2 check, run before any WORKPLACE logic. Order: headers present →
/// timestamp within 5 minutes → access key known → signature → key may call the company.
/// All failures are 401 code 200 except the last (401 code 210). The order and the details texts are
/// the emulator's choice; codes and messages are the documented gateway table.
/// </summary>
internal sealed class GatewayAuthenticator(WorkplaceTenant tenant, TimeProvider clock)
{
    public const string TimestampHeader = "x-ncp-apigw-timestamp";
    public const string AccessKeyHeader = "x-ncp-iam-access-key";
    public const string SignatureHeader = "x-ncp-apigw-signature-v2";

    /// <summary>"Invalid if it differs from the API Gateway server time by 5 minutes or more." [READ]</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    /// <summary>Null when the request may proceed, else the gateway's error response.</summary>
    public WorkplaceResponse? Authenticate(HttpRequest request, string rawTarget, string companyId)
    {
        if (!TryGetSingle(request, TimestampHeader, out string timestamp)
            || !TryGetSingle(request, AccessKeyHeader, out string accessKey)
            || !TryGetSingle(request, SignatureHeader, out string signature))
        {
            return GatewayError.AuthenticationFailed(
                $"Exactly one of each header is required: {TimestampHeader}, {AccessKeyHeader}, {SignatureHeader}.");
        }

        DateTimeOffset now = clock.GetUtcNow();
        if (timestamp.Length > 16 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long millis))
        {
            return GatewayError.AuthenticationFailed($"Invalid timestamp: {TimestampHeader} must be Unix time in milliseconds.");
        }

        if (Math.Abs(now.ToUnixTimeMilliseconds() - millis) >= (long)MaxSkew.TotalMilliseconds)
        {
            // [INFERRED] help for clients: the server's clock, so a client can report its skew.
            return GatewayError.AuthenticationFailed(
                $"Invalid timestamp: {TimestampHeader} differs from the server time by 5 minutes or more.",
                [new("Date", now.ToString("R", CultureInfo.InvariantCulture))]);
        }

        WorkplaceAccessKey? key = tenant.FindAccessKey(accessKey);
        if (key is null)
        {
            return GatewayError.AuthenticationFailed("Invalid authentication information: unknown access key.");
        }

        string stringToSign = WorkplaceSignature.StringToSign(request.Method, rawTarget, timestamp, accessKey);
        if (!WorkplaceSignature.Matches(WorkplaceSignature.Compute(key.SecretKeyUtf8, stringToSign), signature))
        {
            // The string-to-sign holds no secret; showing it turns "401" into a diagnosable diff.
            return GatewayError.AuthenticationFailed($"Invalid authentication information: signature mismatch. The server signed \"{stringToSign}\".");
        }

        return key.CompanyIds.Contains(companyId)
            ? null
            : GatewayError.PermissionDenied($"Access key '{accessKey}' has no permission for company '{companyId}'.");
    }

    private static bool TryGetSingle(HttpRequest request, string name, out string value)
    {
        value = "";
        if (!request.Headers.TryGetValue(name, out StringValues values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return false;
        }

        value = values[0]!;
        return true;
    }
}
