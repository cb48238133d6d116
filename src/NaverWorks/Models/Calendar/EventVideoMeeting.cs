namespace NaverWorks.Models
{
    /// <summary>An event's <c>videoMeeting</c>.</summary>
    public sealed class EventVideoMeeting : WorksObject
    {
        /// <summary><c>url</c>: where attendees join.</summary>
        public string? Url { get; set; }

        /// <summary><c>resourceId</c>: the meeting resource's id.</summary>
        public string? ResourceId { get; set; }

        /// <inheritdoc />
        public override string ToString() => Url ?? ResourceId ?? "";
    }
}
