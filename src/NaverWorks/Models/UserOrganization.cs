using System.Collections.Generic;
using System.Linq;
using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A member's organization (one per domain): level, and the org units the member is placed in.</summary>
    public sealed class UserOrganization : WorksObject
    {
        /// <summary>Domain id.</summary>
        public int? DomainId { get; set; }

        /// <summary>True for the member's primary organization.</summary>
        public bool Primary { get; set; }

        /// <summary>External key of the member in this organization.</summary>
        public string? UserExternalKey { get; set; }

        /// <summary>The member's email in this organization.</summary>
        public string? Email { get; set; }

        /// <summary>Level id.</summary>
        public string? LevelId { get; set; }

        /// <summary>Level external key (read only).</summary>
        public string? LevelExternalKey { get; set; }

        /// <summary>Level name (read only).</summary>
        public string? LevelName { get; set; }

        /// <summary>Executive flag.</summary>
        public bool? Executive { get; set; }

        /// <summary>Organization (company) name (read only).</summary>
        public string? OrganizationName { get; set; }

        /// <summary>Org-unit placements.</summary>
        public List<UserOrgUnit>? OrgUnits { get; set; }

        /// <summary>The org-unit names, primary first.</summary>
        public override string ToString() =>
            string.Join(", ", (OrgUnits ?? new List<UserOrgUnit>()).OrderByDescending(u => u.Primary).Select(u => u.OrgUnitName ?? u.OrgUnitId));
    }
}
