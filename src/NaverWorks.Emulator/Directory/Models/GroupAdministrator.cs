namespace NaverWorks.Emulator;

/// <summary>A group administrator.</summary>
public sealed record GroupAdministrator
{
    /// <summary>The administrator's user id.</summary>
    public string UserId { get; init; } = "";
}
