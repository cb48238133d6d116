namespace NaverWorks.Emulator.Infrastructure;

/// <summary>
/// An API 2.0 error. Thrown anywhere below the pipeline and rendered once, by the pipeline, as
/// <c>{"code": …, "description": …}</c> with <see cref="Status"/>.
/// </summary>
internal sealed class ApiException(int status, string code, string description) : Exception(description)
{
    /// <summary>HTTP status code of the error response.</summary>
    public int Status { get; } = status;

    /// <summary>API error code, e.g. <c>INVALID_PARAMETER</c>.</summary>
    public string Code { get; } = code;

    /// <summary>Human-readable description; names the offending field for 400s.</summary>
    public string Description { get; } = description;

    /// <summary>Extra response headers (rate-limit headers on a 429).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
