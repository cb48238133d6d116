using System.Collections.Generic;

namespace NaverWorks.Models
{
    /// <summary>The body of an event create (POST) or replace (PUT).</summary>
    public sealed class EventWriteRequest
    {
        /// <summary><c>eventComponents</c>: every component carries the same eventId.</summary>
        public List<EventComponent> EventComponents { get; set; } = new List<EventComponent>();

        /// <summary>
        /// <c>sendNotification</c>: whether attendees are told. The service defaults to true; the module always
        /// sends the caller's choice so a bulk import never mails people by accident.
        /// </summary>
        public bool SendNotification { get; set; }
    }
}
