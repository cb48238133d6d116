namespace NaverWorks.Emulator.Auth;

/// <summary>
/// An auth-server error, rendered by the pipeline in the OAuth shape
/// <c>{"error": …, "error_description": …}</c> (RFC 6749 §5.2).
/// </summary>
internal sealed class OAuthException(int status, string error, string description) : Exception(description)
{
    public int Status { get; } = status;

    public string Error { get; } = error;

    public string Description { get; } = description;

    public static OAuthException InvalidRequest(string description) => new(400, "invalid_request", description);

    public static OAuthException InvalidClient(string description) => new(401, "invalid_client", description);

    public static OAuthException InvalidGrant(string description) => new(400, "invalid_grant", description);

    public static OAuthException InvalidScope(string description) => new(400, "invalid_scope", description);

    public static OAuthException UnsupportedGrantType(string description) => new(400, "unsupported_grant_type", description);
}
