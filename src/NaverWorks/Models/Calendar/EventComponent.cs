using System.Collections.Generic;

namespace NaverWorks.Models
{
    /// <summary>
    /// One element of <c>eventComponents</c>: a single event, a recurring series (with <c>recurrence</c>), or an
    /// exception to a series (same <c>eventId</c>, with <c>recurringEventId</c>). Fields the model does not know
    /// stay in <see cref="WorksObject.AdditionalFields"/>, so a PUT built from a GET sends them back.
    /// </summary>
    public sealed class EventComponent : WorksObject
    {
        /// <summary><c>eventId</c>: shared by every component of one event.</summary>
        public string? EventId { get; set; }

        /// <summary><c>createdTime</c> (read-only).</summary>
        public EventTime? CreatedTime { get; set; }

        /// <summary><c>updatedTime</c> (read-only).</summary>
        public EventTime? UpdatedTime { get; set; }

        /// <summary><c>summary</c>: the title (required).</summary>
        public string? Summary { get; set; }

        /// <summary><c>description</c>.</summary>
        public string? Description { get; set; }

        /// <summary><c>location</c>.</summary>
        public string? Location { get; set; }

        /// <summary><c>map</c>.</summary>
        public EventMap? Map { get; set; }

        /// <summary><c>mapUrl</c>.</summary>
        public EventMapUrl? MapUrl { get; set; }

        /// <summary><c>categoryId</c>.</summary>
        public string? CategoryId { get; set; }

        /// <summary><c>organizer</c> (read-only).</summary>
        public EventOrganizer? Organizer { get; set; }

        /// <summary><c>start</c> (required).</summary>
        public EventTime? Start { get; set; }

        /// <summary><c>end</c>; for all-day events the day after the last one.</summary>
        public EventTime? End { get; set; }

        /// <summary><c>recurrence</c>: RFC 5545 lines such as <c>RRULE:FREQ=WEEKLY;BYDAY=FR</c> and <c>EXDATE;TZID=…:…</c>.</summary>
        public List<string>? Recurrence { get; set; }

        /// <summary><c>recurringEventId</c>: the RECURRENCE-ID of the occurrence this exception replaces.</summary>
        public string? RecurringEventId { get; set; }

        /// <summary><c>transparency</c>: <c>OPAQUE</c> (busy) or <c>TRANSPARENT</c> (free).</summary>
        public string? Transparency { get; set; }

        /// <summary><c>visibility</c>: <c>PUBLIC</c> or <c>PRIVATE</c>.</summary>
        public string? Visibility { get; set; }

        /// <summary><c>sequence</c>: the iCalendar revision number.</summary>
        public int? Sequence { get; set; }

        /// <summary><c>attendees</c>.</summary>
        public List<EventAttendee>? Attendees { get; set; }

        /// <summary><c>videoMeeting</c>.</summary>
        public EventVideoMeeting? VideoMeeting { get; set; }

        /// <summary><c>reminders</c>.</summary>
        public List<EventReminder>? Reminders { get; set; }

        /// <summary><c>viewUrl</c> (read-only): the event in the web calendar.</summary>
        public string? ViewUrl { get; set; }

        /// <summary>
        /// Drops the fields the service computes (times, organizer, link), so a component read with GET can be
        /// sent back with PUT; everything else, unknown fields included, is kept.
        /// </summary>
        public void ClearReadOnly()
        {
            CreatedTime = null;
            UpdatedTime = null;
            Organizer = null;
            ViewUrl = null;
        }
    }
}
