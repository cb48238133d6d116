using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>One item of <c>GET /orgunits/{orgUnitId}/members</c>.</summary>
    public sealed class OrgUnitMember : WorksObject
    {
        /// <summary>The member's user id.</summary>
        public string? UserId { get; set; }

        /// <summary>The member's external key.</summary>
        public string? UserExternalKey { get; set; }

        /// <summary>True when the member manages the unit.</summary>
        public bool IsManager { get; set; }

        /// <summary>Shown in the unit's member list.</summary>
        public bool? Visible { get; set; }

        /// <summary>Uses the unit's team features.</summary>
        public bool? UseTeamFeature { get; set; }
    }
}
