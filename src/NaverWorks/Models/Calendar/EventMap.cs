namespace NaverWorks.Models
{
    /// <summary>An event's <c>map</c>: the map provider's type and the location's coordinates.</summary>
    public sealed class EventMap : WorksObject
    {
        /// <summary><c>type</c>.</summary>
        public string? Type { get; set; }

        /// <summary><c>geo</c>: coordinates as the service writes them.</summary>
        public string? Geo { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{Type} {Geo}".Trim();
    }
}
