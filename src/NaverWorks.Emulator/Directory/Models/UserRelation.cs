namespace NaverWorks.Emulator;

/// <summary>A relation of a member to another member (e.g. assistant).</summary>
public sealed record UserRelation
{
    /// <summary>The related member's id.</summary>
    public string? RelationUserId { get; init; }

    /// <summary>Name of the relation.</summary>
    public string? RelationName { get; init; }

    /// <summary>External key of the relation.</summary>
    public string? ExternalKey { get; init; }
}
