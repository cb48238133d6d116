namespace NaverWorks.Emulator;

/// <summary>A level (job grade).</summary>
public sealed record LevelRecord : DirectoryRecord
{
    /// <summary>Domain id.</summary>
    public int DomainId { get; init; }

    /// <summary>Resource id (<c>level…</c>).</summary>
    public string LevelId { get; init; } = "";

    /// <summary>Display order (≥1).</summary>
    public int DisplayOrder { get; init; } = 1;

    /// <summary>Name (≤100).</summary>
    public string LevelName { get; init; } = "";

    /// <summary>External key (≤100, unique).</summary>
    public string? LevelExternalKey { get; init; }

    /// <summary>Executive level.</summary>
    public bool Executive { get; init; }

    /// <summary>Names in other languages.</summary>
    public IReadOnlyList<LocalizedName> I18nNames { get; init; } = [];

    internal override string ResourceId => LevelId;

    internal override string? ResourceExternalKey => LevelExternalKey;
}
