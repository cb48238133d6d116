using System.Collections.Generic;
using System.Text.Json.Serialization;
using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A level (grade) of the directory (<c>GET /directory/levels</c>).</summary>
    public sealed class Level : WorksObject
    {
        /// <summary>Resource id.</summary>
        public string? LevelId { get; set; }

        /// <summary>Name (<c>levelName</c> on the wire).</summary>
        [JsonPropertyName("levelName")]
        public string? Name { get; set; }

        /// <summary>Display order.</summary>
        public int? DisplayOrder { get; set; }

        /// <summary>External key (<c>levelExternalKey</c> on the wire).</summary>
        [JsonPropertyName("levelExternalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>True for executive levels.</summary>
        public bool Executive { get; set; }

        /// <summary>Domain id.</summary>
        public int? DomainId { get; set; }

        /// <summary>Names in other languages.</summary>
        public List<LocalizedName>? I18nNames { get; set; }

        /// <inheritdoc />
        public override string ToString() => Name ?? LevelId ?? "";
    }
}
