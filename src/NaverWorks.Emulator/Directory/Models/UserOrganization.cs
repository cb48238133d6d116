namespace NaverWorks.Emulator;

/// <summary>A member's organization (company) entry. Level/organization names are filled in responses only.</summary>
public sealed record UserOrganization
{
    /// <summary>Domain id (required).</summary>
    public int DomainId { get; init; }

    /// <summary>True for the primary organization (exactly one).</summary>
    public bool Primary { get; init; }

    /// <summary>External key of the member in this organization.</summary>
    public string? UserExternalKey { get; init; }

    /// <summary>Email of the member in this organization.</summary>
    public string? Email { get; init; }

    /// <summary>Level id.</summary>
    public string? LevelId { get; init; }

    /// <summary>Level external key (response only).</summary>
    public string? LevelExternalKey { get; init; }

    /// <summary>Level name (response only).</summary>
    public string? LevelName { get; init; }

    /// <summary>Executive flag.</summary>
    public bool Executive { get; init; }

    /// <summary>Organization (company) name (response only).</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The member's org units in this organization.</summary>
    public IReadOnlyList<UserOrgUnit> OrgUnits { get; init; } = [];
}
