namespace NaverWorks.Emulator;

/// <summary>An org unit ("team"), with the properties (and order) of the API's OrgUnit object.</summary>
public sealed record OrgUnitRecord : DirectoryRecord
{
    /// <summary>Domain id.</summary>
    public int DomainId { get; init; }

    /// <summary>Resource id (<c>orgunit…</c>).</summary>
    public string OrgUnitId { get; init; } = "";

    /// <summary>External key (≤100, unique).</summary>
    public string? OrgUnitExternalKey { get; init; }

    /// <summary>Name (≤100).</summary>
    public string OrgUnitName { get; init; } = "";

    /// <summary>Names in other languages.</summary>
    public IReadOnlyList<LocalizedName> I18nNames { get; init; } = [];

    /// <summary>Team mailing address.</summary>
    public string? Email { get; init; }

    /// <summary>Description (≤160).</summary>
    public string? Description { get; init; }

    /// <summary>Shown in the org chart (default true; must be false under a hidden parent).</summary>
    public bool Visible { get; init; } = true;

    /// <summary>Parent org unit id; null for a top-level unit.</summary>
    public string? ParentOrgUnitId { get; init; }

    /// <summary>Display order (≥1).</summary>
    public int DisplayOrder { get; init; } = 1;

    /// <summary>Alias emails (≤20).</summary>
    public IReadOnlyList<string> AliasEmails { get; init; } = [];

    /// <summary>Accepts mail from outside the tenant.</summary>
    public bool CanReceiveExternalMail { get; init; }

    /// <summary>Team message room.</summary>
    public bool UseMessage { get; init; }

    /// <summary>Team note.</summary>
    public bool UseNote { get; init; }

    /// <summary>Team calendar.</summary>
    public bool UseCalendar { get; init; }

    /// <summary>Team task.</summary>
    public bool UseTask { get; init; }

    /// <summary>Team folder.</summary>
    public bool UseFolder { get; init; }

    /// <summary>Service notifications.</summary>
    public bool UseServiceNotification { get; init; }

    internal override string ResourceId => OrgUnitId;

    internal override string? ResourceExternalKey => OrgUnitExternalKey;
}
