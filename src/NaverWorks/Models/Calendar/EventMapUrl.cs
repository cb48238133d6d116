namespace NaverWorks.Models
{
    /// <summary>An event's <c>mapUrl</c>: a link to the location on a map and its preview image.</summary>
    public sealed class EventMapUrl : WorksObject
    {
        /// <summary><c>mapUrl</c>.</summary>
        public string? MapUrl { get; set; }

        /// <summary><c>imageId</c>: the preview image's id.</summary>
        public string? ImageId { get; set; }

        /// <inheritdoc />
        public override string ToString() => MapUrl ?? ImageId ?? "";
    }
}
