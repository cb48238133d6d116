using System.Collections.Generic;

namespace NaverWorks.Models
{
    /// <summary>
    /// One event as the service returns it (list item, GET, create): <c>{eventComponents, organizerCalendarId}</c>.
    /// </summary>
    public sealed class EventEnvelope : WorksObject
    {
        /// <summary><c>eventComponents</c>: the event, or a series followed by its exceptions.</summary>
        public List<EventComponent>? EventComponents { get; set; }

        /// <summary><c>organizerCalendarId</c>: the calendar the event belongs to.</summary>
        public string? OrganizerCalendarId { get; set; }
    }
}
