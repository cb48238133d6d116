namespace NaverWorks.Models
{
    /// <summary>One entry of an event's <c>reminders</c>.</summary>
    public sealed class EventReminder : WorksObject
    {
        /// <summary><c>method</c>: <c>DISPLAY</c> or <c>EMAIL</c>.</summary>
        public string? Method { get; set; }

        /// <summary><c>trigger</c>: an ISO 8601 duration relative to the start, negative before it (e.g. <c>-PT15M</c>).</summary>
        public string? Trigger { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{Method}:{Trigger}";
    }
}
