using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A value of one of the tenant's custom user fields (<c>customFields[]</c>).</summary>
    public sealed class UserCustomField : WorksObject
    {
        /// <summary>The custom field's id.</summary>
        public string? CustomFieldId { get; set; }

        /// <summary>The value.</summary>
        public string? Value { get; set; }

        /// <summary>A link, for link fields.</summary>
        public string? Link { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{CustomFieldId}={Value}";
    }
}
