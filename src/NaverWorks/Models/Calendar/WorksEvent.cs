using System;
using NaverWorks.Calendar;

namespace NaverWorks.Models
{
    /// <summary>
    /// <c>NaverWorks.Event</c>: one event component as the cmdlets write it: times as DateTimeOffset, the user and
    /// calendar it was read from (so it pipes into Set-/Remove-WorksEvent), and the component as received in
    /// <see cref="Raw"/>.
    /// </summary>
    public sealed class WorksEvent
    {
        /// <summary>The PowerShell type name, for views and <c>[PSTypeName()]</c>.</summary>
        public const string TypeName = "NaverWorks.Event";

        /// <summary>The user whose calendar was read.</summary>
        public string UserId { get; set; } = "";

        /// <summary>The calendar that was read; null for the user's default calendar.</summary>
        public string? CalendarId { get; set; }

        /// <summary>The calendar the event belongs to.</summary>
        public string? OrganizerCalendarId { get; set; }

        /// <summary>The event's id (shared by a series and its exceptions).</summary>
        public string? EventId { get; set; }

        /// <summary>For an exception to a series: the occurrence it replaces.</summary>
        public string? RecurringEventId { get; set; }

        /// <summary>Title.</summary>
        public string? Summary { get; set; }

        /// <summary>Description.</summary>
        public string? Description { get; set; }

        /// <summary>Location.</summary>
        public string? Location { get; set; }

        /// <summary>Start; midnight of the day for all-day events.</summary>
        public DateTimeOffset? Start { get; set; }

        /// <summary>End (exclusive); for all-day events midnight of the day after the last one.</summary>
        public DateTimeOffset? End { get; set; }

        /// <summary>True for an all-day event.</summary>
        public bool IsAllDay { get; set; }

        /// <summary>IANA zone of a timed event.</summary>
        public string? TimeZone { get; set; }

        /// <summary>True for a series (it has a recurrence).</summary>
        public bool IsRecurring { get; set; }

        /// <summary>RFC 5545 recurrence lines.</summary>
        public string[]? Recurrence { get; set; }

        /// <summary>Attendees.</summary>
        public EventAttendee[]? Attendees { get; set; }

        /// <summary>Organizer.</summary>
        public EventOrganizer? Organizer { get; set; }

        /// <summary>Reminders.</summary>
        public EventReminder[]? Reminders { get; set; }

        /// <summary>Video meeting.</summary>
        public EventVideoMeeting? VideoMeeting { get; set; }

        /// <summary>Map.</summary>
        public EventMap? Map { get; set; }

        /// <summary>Map link.</summary>
        public EventMapUrl? MapUrl { get; set; }

        /// <summary>Category id.</summary>
        public string? CategoryId { get; set; }

        /// <summary><c>PUBLIC</c> or <c>PRIVATE</c>.</summary>
        public string? Visibility { get; set; }

        /// <summary><c>OPAQUE</c> (busy) or <c>TRANSPARENT</c> (free).</summary>
        public string? Transparency { get; set; }

        /// <summary>iCalendar sequence.</summary>
        public int? Sequence { get; set; }

        /// <summary>Link to the event in the web calendar.</summary>
        public string? ViewUrl { get; set; }

        /// <summary>The component as received, unknown fields included.</summary>
        public EventComponent Raw { get; set; } = new EventComponent();

        /// <summary>Builds the output for one component of an event read from a user's calendar.</summary>
        public static WorksEvent From(EventComponent c, EventEnvelope envelope, string userId, string? calendarId) => new WorksEvent
        {
            UserId = userId,
            CalendarId = string.IsNullOrEmpty(calendarId) ? null : calendarId,
            OrganizerCalendarId = envelope.OrganizerCalendarId,
            EventId = c.EventId,
            RecurringEventId = c.RecurringEventId,
            Summary = c.Summary,
            Description = c.Description,
            Location = c.Location,
            Start = ToOffset(c.Start),
            End = ToOffset(c.End ?? c.Start),
            IsAllDay = c.Start?.IsDate == true,
            TimeZone = c.Start?.TimeZone,
            IsRecurring = c.Recurrence is { Count: > 0 },
            Recurrence = c.Recurrence?.ToArray(),
            Attendees = c.Attendees?.ToArray(),
            Organizer = c.Organizer,
            Reminders = c.Reminders?.ToArray(),
            VideoMeeting = c.VideoMeeting,
            Map = c.Map,
            MapUrl = c.MapUrl,
            CategoryId = c.CategoryId,
            Visibility = c.Visibility,
            Transparency = c.Transparency,
            Sequence = c.Sequence,
            ViewUrl = c.ViewUrl,
            Raw = c,
        };

        // All-day days are shown at midnight in this computer's zone: they have no zone of their own.
        private static DateTimeOffset? ToOffset(EventTime? time)
        {
            EventTimeValue? value = EventTimeValue.FromEventTime(time);
            if (value is null) return null;
            if (value.IsDateOnly) return new DateTimeOffset(value.Clock, TimeZoneInfo.Local.GetUtcOffset(value.Clock));
            try
            {
                return TimeZones.ToInstant(value.Clock, time!.TimeZone ?? "UTC");
            }
            catch (Exception ex) when (ex is ArgumentException || ex is TimeZoneNotFoundException || ex is InvalidTimeZoneException)
            {
                return new DateTimeOffset(value.Clock, TimeZoneInfo.Local.GetUtcOffset(value.Clock));
            }
        }

        /// <inheritdoc />
        public override string ToString() => $"{Summary} ({Start:yyyy-MM-dd HH:mm})";
    }
}
