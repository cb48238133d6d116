namespace NaverWorks.Models
{
    /// <summary>An event's <c>organizer</c> (read-only).</summary>
    public sealed class EventOrganizer : WorksObject
    {
        /// <summary><c>email</c>.</summary>
        public string? Email { get; set; }

        /// <summary><c>displayName</c>.</summary>
        public string? DisplayName { get; set; }

        /// <inheritdoc />
        public override string ToString() => string.IsNullOrEmpty(DisplayName) ? Email ?? "" : $"{DisplayName} <{Email}>";
    }
}
