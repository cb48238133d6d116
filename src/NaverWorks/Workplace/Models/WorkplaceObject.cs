using System.Text.Json.Serialization;
using NaverWorks.Models;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// What every WORKPLACE organization element has: the customer-side key it is addressed by, and the
    /// tenant and company it belongs to. Fields a model does not know stay in <see cref="WorksObject.AdditionalFields"/>
    /// and are sent back by Set-* (a PUT replaces the whole element, so dropping them would erase them).
    /// </summary>
    public abstract class WorkplaceObject : WorksObject
    {
        /// <summary>The customer-side key (<c>externalKey</c>, up to 36 characters) the element is addressed by.</summary>
        [JsonPropertyName("externalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>The tenant (<c>tenantId</c>).</summary>
        [JsonPropertyName("tenantId")]
        public string? TenantId { get; set; }

        /// <summary>The company (<c>companyId</c>, the connection key).</summary>
        [JsonPropertyName("companyId")]
        public string? CompanyId { get; set; }
    }
}
