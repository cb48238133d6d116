namespace NaverWorks.Models
{
    /// <summary>One entry of an event's <c>attendees</c>.</summary>
    public sealed class EventAttendee : WorksObject
    {
        /// <summary><c>id</c>: the member's resource id, when the service knows it.</summary>
        public string? Id { get; set; }

        /// <summary><c>email</c>.</summary>
        public string? Email { get; set; }

        /// <summary><c>displayName</c>.</summary>
        public string? DisplayName { get; set; }

        /// <summary><c>partstat</c>: <c>NEEDS-ACTION</c>, <c>ACCEPTED</c>, <c>DECLINED</c> or <c>TENTATIVE</c>.</summary>
        public string? Partstat { get; set; }

        /// <summary><c>isOptional</c>: an optional attendee.</summary>
        public bool? IsOptional { get; set; }

        /// <summary><c>isResource</c>: a room or equipment rather than a person.</summary>
        public bool? IsResource { get; set; }

        /// <summary><c>resourceValue</c>: the resource's own value, for resources.</summary>
        public string? ResourceValue { get; set; }

        /// <inheritdoc />
        public override string ToString() => string.IsNullOrEmpty(DisplayName) ? Email ?? Id ?? "" : $"{DisplayName} <{Email}>";
    }
}
