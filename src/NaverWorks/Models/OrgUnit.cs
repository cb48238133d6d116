using System.Collections.Generic;
using System.Text.Json.Serialization;
using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>
    /// An org unit ("team", <c>GET /orgunits/{orgUnitId}</c>). Properties are named like the parameters of
    /// New-WorksOrgUnit and Set-WorksOrgUnit; piped into Get-WorksUser it lists the unit's members.
    /// </summary>
    public sealed class OrgUnit : WorksObject
    {
        /// <summary>Resource id (<c>orgunit…</c>).</summary>
        public string? OrgUnitId { get; set; }

        /// <summary>Name (<c>orgUnitName</c> on the wire).</summary>
        [JsonPropertyName("orgUnitName")]
        public string? Name { get; set; }

        /// <summary>Parent org unit id; null at the top level (<c>parentOrgUnitId</c> on the wire).</summary>
        [JsonPropertyName("parentOrgUnitId")]
        public string? ParentId { get; set; }

        /// <summary>Display order among siblings (≥1).</summary>
        public int? DisplayOrder { get; set; }

        /// <summary>Team mailing address.</summary>
        public string? Email { get; set; }

        /// <summary>Description (≤160).</summary>
        public string? Description { get; set; }

        /// <summary>External key (<c>orgUnitExternalKey</c> on the wire).</summary>
        [JsonPropertyName("orgUnitExternalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>Shown in the org chart.</summary>
        public bool Visible { get; set; } = true;

        /// <summary>Domain id.</summary>
        public int? DomainId { get; set; }

        /// <summary>Names in other languages.</summary>
        public List<LocalizedName>? I18nNames { get; set; }

        /// <summary>Alias emails.</summary>
        public List<string>? AliasEmails { get; set; }

        /// <summary>Accepts mail from outside the tenant.</summary>
        public bool CanReceiveExternalMail { get; set; }

        /// <summary>Team message room.</summary>
        public bool UseMessage { get; set; }

        /// <summary>Team note.</summary>
        public bool UseNote { get; set; }

        /// <summary>Team calendar.</summary>
        public bool UseCalendar { get; set; }

        /// <summary>Team task.</summary>
        public bool UseTask { get; set; }

        /// <summary>Team folder.</summary>
        public bool UseFolder { get; set; }

        /// <summary>Service notifications.</summary>
        public bool UseServiceNotification { get; set; }

        /// <inheritdoc />
        public override string ToString() => Name ?? OrgUnitId ?? "";
    }
}
