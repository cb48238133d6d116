using System.Text.Json.Serialization;

namespace NaverWorks.Api
{
    /// <summary>The body of <c>POST /orgunits</c> and <c>PATCH /orgunits/{orgUnitId}</c>; null properties are left out.</summary>
    public sealed class OrgUnitBody
    {
        /// <summary><c>domainId</c> (required on create).</summary>
        public int? DomainId { get; set; }

        /// <summary><c>orgUnitName</c> (required on create).</summary>
        [JsonPropertyName("orgUnitName")]
        public string? Name { get; set; }

        /// <summary><c>parentOrgUnitId</c> (create only; later changes go through move).</summary>
        [JsonPropertyName("parentOrgUnitId")]
        public string? ParentId { get; set; }

        /// <summary><c>displayOrder</c> (≥1, required on create).</summary>
        public int? DisplayOrder { get; set; }

        /// <summary>Team mailing address.</summary>
        public string? Email { get; set; }

        /// <summary>Description.</summary>
        public string? Description { get; set; }

        /// <summary><c>orgUnitExternalKey</c>.</summary>
        [JsonPropertyName("orgUnitExternalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>Shown in the org chart.</summary>
        public bool? Visible { get; set; }
    }
}
