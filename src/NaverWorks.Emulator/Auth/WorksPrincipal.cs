namespace NaverWorks.Emulator.Auth;

/// <summary>Who is calling the API: the client app of the bearer token, its scopes and, for user (OAuth) tokens, the user.</summary>
internal sealed record WorksPrincipal(string ClientId, IReadOnlySet<string> Scopes, string? UserId)
{
    public bool IsServiceAccount => UserId is null;
}
