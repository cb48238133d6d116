namespace NaverWorks.Emulator;

/// <summary>A position (job title).</summary>
public sealed record PositionRecord : DirectoryRecord
{
    /// <summary>Domain id.</summary>
    public int DomainId { get; init; }

    /// <summary>Resource id (<c>position…</c>).</summary>
    public string PositionId { get; init; } = "";

    /// <summary>Display order (≥1).</summary>
    public int DisplayOrder { get; init; } = 1;

    /// <summary>Name (≤100).</summary>
    public string PositionName { get; init; } = "";

    /// <summary>External key (≤100, unique).</summary>
    public string? PositionExternalKey { get; init; }

    /// <summary>Names in other languages.</summary>
    public IReadOnlyList<LocalizedName> I18nNames { get; init; } = [];

    internal override string ResourceId => PositionId;

    internal override string? ResourceExternalKey => PositionExternalKey;
}
