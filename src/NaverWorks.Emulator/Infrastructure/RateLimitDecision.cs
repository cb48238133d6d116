using System.Globalization;

namespace NaverWorks.Emulator;

/// <summary>The outcome of one rate-limit check and the values of the documented <c>rateLimit-*</c> headers.</summary>
/// <param name="Allowed">False when the request must be answered 429.</param>
/// <param name="Limit">Requests allowed per minute (<c>rateLimit-limit</c>).</param>
/// <param name="Remaining">Requests left right now (<c>rateLimit-remaining</c>).</param>
/// <param name="ResetSeconds">Seconds until another request slot frees (<c>rateLimit-reset</c>); 0 when the bucket is full.</param>
public readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds)
{
    /// <summary>Requests used in the current window (<c>rateLimit-ssed</c>, spelled as in the doc).</summary>
    public int Used => Limit - Remaining;

    /// <summary>The headers, as the API sends them on rate-limited operations (no <c>Retry-After</c>: it is not documented).</summary>
    public IReadOnlyDictionary<string, string> Headers => new Dictionary<string, string>
    {
        ["rateLimit-limit"] = Limit.ToString(CultureInfo.InvariantCulture),
        ["rateLimit-remaining"] = Remaining.ToString(CultureInfo.InvariantCulture),
        ["rateLimit-reset"] = ResetSeconds.ToString(CultureInfo.InvariantCulture),
        ["rateLimit-ssed"] = Used.ToString(CultureInfo.InvariantCulture),
    };
}
