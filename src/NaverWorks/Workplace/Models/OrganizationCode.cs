using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// What job grades, job positions and employment types share: the API gives the three one body shape
    /// (<c>name</c>, <c>i18nNames</c>, <c>itemUsed</c>, <c>sortOrder</c>).
    /// </summary>
    public abstract class OrganizationCode : WorkplaceObject
    {
        /// <summary>The name (<c>name</c>); unique within its kind.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>Names per locale (<c>i18nNames</c>).</summary>
        [JsonPropertyName("i18nNames")]
        public Dictionary<string, string>? I18nNames { get; set; }

        /// <summary>Whether the code can be assigned (<c>itemUsed</c>).</summary>
        [JsonPropertyName("itemUsed")]
        public bool? InUse { get; set; }

        /// <summary>Display order (<c>sortOrder</c>, an integer the API carries as text).</summary>
        [JsonPropertyName("sortOrder")]
        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
        public int? SortOrder { get; set; }

        /// <inheritdoc />
        public override string ToString() => ExternalKey + " (" + Name + ")";
    }
}
