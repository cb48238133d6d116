namespace NaverWorks.Models
{
    /// <summary>One entry of a calendar's <c>members</c>: who may do what with it.</summary>
    public sealed class CalendarMember : WorksObject
    {
        /// <summary><c>id</c>: a user, group or org unit id (users also by email).</summary>
        public string? Id { get; set; }

        /// <summary><c>type</c>: <c>USER</c>, <c>GROUP</c> or <c>ORGUNIT</c>.</summary>
        public string? Type { get; set; }

        /// <summary>
        /// <c>role</c>: <c>CALENDAR_EVENT_READ_WRITE</c> (manage the calendar and its events),
        /// <c>EVENT_READ_WRITE</c>, <c>EVENT_READ</c> or <c>EVENT_READ_FREE_BUSY</c>.
        /// </summary>
        public string? Role { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{Id} ({Type}, {Role})";
    }
}
