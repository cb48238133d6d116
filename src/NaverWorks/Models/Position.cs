using System.Collections.Generic;
using System.Text.Json.Serialization;
using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A position (job title) of the directory (<c>GET /directory/positions</c>).</summary>
    public sealed class Position : WorksObject
    {
        /// <summary>Resource id.</summary>
        public string? PositionId { get; set; }

        /// <summary>Name (<c>positionName</c> on the wire).</summary>
        [JsonPropertyName("positionName")]
        public string? Name { get; set; }

        /// <summary>Display order.</summary>
        public int? DisplayOrder { get; set; }

        /// <summary>External key (<c>positionExternalKey</c> on the wire).</summary>
        [JsonPropertyName("positionExternalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>Domain id.</summary>
        public int? DomainId { get; set; }

        /// <summary>Names in other languages.</summary>
        public List<LocalizedName>? I18nNames { get; set; }

        /// <inheritdoc />
        public override string ToString() => Name ?? PositionId ?? "";
    }
}
