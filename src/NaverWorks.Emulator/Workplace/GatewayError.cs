using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// Errors raised by the API Gateway layer, before the request reaches WORKPLACE:
/// <c>{"error":{"errorCode":"200","message":"Authentication Failed","details":"…"}}</c>.
/// Codes and messages are the documented NCP gateway table; <c>details</c> texts are the emulator's own.
/// </summary>
internal static class GatewayError
{
    public static WorkplaceResponse AuthenticationFailed(string details, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        Create(StatusCodes.Status401Unauthorized, "200", "Authentication Failed", details, headers);

    public static WorkplaceResponse PermissionDenied(string details) =>
        Create(StatusCodes.Status401Unauthorized, "210", "Permission Denied", details);

    public static WorkplaceResponse NotFound(string details) =>
        Create(StatusCodes.Status404NotFound, "300", "Not Found Exception", details);

    /// <summary>The gateway's 429 for a per-minute rate [READ code and message; which of 400/410/420 a WORKPLACE limit gives is INFERRED].</summary>
    public static WorkplaceResponse RateLimited(string details) =>
        Create(StatusCodes.Status429TooManyRequests, "420", "Rate Limited", details);

    public static WorkplaceResponse RequestEntityTooLarge(string details) =>
        Create(StatusCodes.Status413PayloadTooLarge, "430", "Request Entity Too Large", details);

    private static WorkplaceResponse Create(int status, string code, string message, string details, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        new(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                // A string, as in the documented example (the table says Integer; the example wins).
                ["errorCode"] = code,
                ["message"] = message,
                ["details"] = details,
            },
        }, headers);
}
