namespace NaverWorks.Emulator;

/// <summary>
/// A one-shot fault for the next <see cref="Times"/> requests that match <see cref="Method"/> and
/// <see cref="PathPrefix"/>. Rules never touch the auth server (<c>/oauth2/…</c>) unless their
/// prefix names it explicitly.
/// </summary>
public sealed record FaultRule
{
    /// <summary>HTTP method to match (case-insensitive); null matches any.</summary>
    public string? Method { get; init; }

    /// <summary>
    /// Path prefix to match, either as received (<c>/v1.0/users</c>) or relative to the API base
    /// (<c>/users</c>); null matches any path except the auth server.
    /// </summary>
    public string? PathPrefix { get; init; }

    /// <summary>How many matching requests the rule applies to.</summary>
    public int Times { get; init; } = 1;

    /// <summary>What happens to a matching request.</summary>
    public FaultKind Kind { get; init; } = FaultKind.Status;

    /// <summary>Status for <see cref="FaultKind.Status"/> (default 500) and <see cref="FaultKind.HtmlErrorPage"/> (502 when left at 500).</summary>
    public int Status { get; init; } = 500;

    /// <summary>Extra response headers for <see cref="FaultKind.Status"/> and <see cref="FaultKind.HtmlErrorPage"/>.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Body for <see cref="FaultKind.Status"/>; null means the documented <c>{code, description}</c> for the status.</summary>
    public string? Body { get; init; }

    /// <summary>Content type of <see cref="Body"/>; defaults to JSON.</summary>
    public string? ContentType { get; init; }

    /// <summary>A rule answering <paramref name="status"/> (with the documented error body unless <paramref name="body"/> is given).</summary>
    public static FaultRule Respond(int status, string? method = null, string? pathPrefix = null, int times = 1, string? body = null, IReadOnlyDictionary<string, string>? headers = null) =>
        new() { Status = status, Method = method, PathPrefix = pathPrefix, Times = times, Body = body, Headers = headers };

    /// <summary>A rule of the given <paramref name="kind"/>.</summary>
    public static FaultRule Of(FaultKind kind, string? method = null, string? pathPrefix = null, int times = 1) =>
        new() { Kind = kind, Method = method, PathPrefix = pathPrefix, Times = times };

    internal bool Matches(string method, string path, bool isAuthServer)
    {
        if (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (PathPrefix is null)
        {
            return !isAuthServer;
        }

        if (isAuthServer)
        {
            // Only a rule that names the auth server explicitly reaches it.
            return PathPrefix.StartsWith("/oauth2", StringComparison.OrdinalIgnoreCase)
                && path.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);
        }

        return path.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase)
            || (path.StartsWith("/v1.0", StringComparison.Ordinal)
                && path["/v1.0".Length..].StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase));
    }
}
