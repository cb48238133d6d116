namespace NaverWorks.Emulator;

/// <summary>A member's place in one org unit. The external key, email and name fields are filled in responses only.</summary>
public sealed record UserOrgUnit
{
    /// <summary>Org unit id (required).</summary>
    public string OrgUnitId { get; init; } = "";

    /// <summary>Org unit external key (response only).</summary>
    public string? OrgUnitExternalKey { get; init; }

    /// <summary>Org unit email (response only).</summary>
    public string? OrgUnitEmail { get; init; }

    /// <summary>Org unit name (response only).</summary>
    public string? OrgUnitName { get; init; }

    /// <summary>True for the member's primary org unit within the organization (exactly one).</summary>
    public bool Primary { get; init; }

    /// <summary>Position id.</summary>
    public string? PositionId { get; init; }

    /// <summary>Position external key (response only).</summary>
    public string? PositionExternalKey { get; init; }

    /// <summary>Position name (response only).</summary>
    public string? PositionName { get; init; }

    /// <summary>True when the member manages the org unit (default false).</summary>
    public bool IsManager { get; init; }

    /// <summary>Shown in the org chart (default true).</summary>
    public bool Visible { get; init; } = true;

    /// <summary>Uses the team features (default true).</summary>
    public bool UseTeamFeature { get; init; } = true;
}
