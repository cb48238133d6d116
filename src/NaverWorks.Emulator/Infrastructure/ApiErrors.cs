namespace NaverWorks.Emulator.Infrastructure;

/// <summary>Factories for the documented API 2.0 error codes, so every endpoint words them alike.</summary>
internal static class ApiErrors
{
    public static ApiException Invalid(string field, string message) =>
        new(400, "INVALID_PARAMETER", $"{field}: {message}");

    public static ApiException Missing(string field) =>
        new(400, "MISSING_PARAMETER", $"{field}: is required");

    public static ApiException BadRequest(string message) => new(400, "BAD_REQUEST", message);

    public static ApiException Unauthorized(string message) => new(401, "UNAUTHORIZED", message);

    public static ApiException Forbidden(string message) => new(403, "FORBIDDEN", message);

    public static ApiException NotFound(string code, string message) => new(404, code, message);

    public static ApiException Conflict(string message) => new(409, "ALREADY_EXIST", message);

    public static ApiException TooManyRequests(IReadOnlyDictionary<string, string>? headers) =>
        new(429, "TOO_MANY_REQUESTS", "API rate limit exceeded") { Headers = headers };
}
