namespace NaverWorks.Emulator;

/// <summary>A member's messenger account.</summary>
public sealed record UserMessenger
{
    /// <summary>LINE, FACEBOOK, TWITTER, X or CUSTOM.</summary>
    public string? Protocol { get; init; }

    /// <summary>Name of the protocol when <see cref="Protocol"/> is CUSTOM.</summary>
    public string? CustomProtocol { get; init; }

    /// <summary>Account id on the messenger.</summary>
    public string? MessengerId { get; init; }
}
