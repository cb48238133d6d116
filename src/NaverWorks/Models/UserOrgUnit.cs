using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A member's placement in one org unit: position and manager flag.</summary>
    public sealed class UserOrgUnit : WorksObject
    {
        /// <summary>Org unit id.</summary>
        public string? OrgUnitId { get; set; }

        /// <summary>Org unit external key (read only).</summary>
        public string? OrgUnitExternalKey { get; set; }

        /// <summary>Org unit name (read only).</summary>
        public string? OrgUnitName { get; set; }

        /// <summary>Org unit mailing address (read only).</summary>
        public string? OrgUnitEmail { get; set; }

        /// <summary>True for the member's primary org unit.</summary>
        public bool Primary { get; set; }

        /// <summary>Position id.</summary>
        public string? PositionId { get; set; }

        /// <summary>Position external key (read only).</summary>
        public string? PositionExternalKey { get; set; }

        /// <summary>Position name (read only).</summary>
        public string? PositionName { get; set; }

        /// <summary>True when the member manages the unit.</summary>
        public bool IsManager { get; set; }

        /// <summary>Shown in the unit's member list (default true).</summary>
        public bool? Visible { get; set; }

        /// <summary>Uses the unit's team features (default true).</summary>
        public bool? UseTeamFeature { get; set; }

        /// <inheritdoc />
        public override string ToString() => OrgUnitName ?? OrgUnitId ?? "";
    }
}
