using System.Collections.Generic;

namespace NaverWorks.Models
{
    /// <summary>
    /// A calendar's properties (<c>GET /users/{userId}/calendar</c>, <c>GET /calendars/{calendarId}</c>), and the
    /// body of a shared calendar's create and PATCH (fields left null are not sent).
    /// </summary>
    public sealed class CalendarProperties : WorksObject
    {
        /// <summary><c>calendarId</c> (read-only).</summary>
        public string? CalendarId { get; set; }

        /// <summary><c>calendarName</c>, up to 50 characters.</summary>
        public string? CalendarName { get; set; }

        /// <summary><c>description</c>, up to 1000 characters.</summary>
        public string? Description { get; set; }

        /// <summary><c>isPublic</c>: visible to everyone in the tenant.</summary>
        public bool? IsPublic { get; set; }

        /// <summary><c>calendarEmail</c> (read-only).</summary>
        public string? CalendarEmail { get; set; }

        /// <summary><c>members</c>.</summary>
        public List<CalendarMember>? Members { get; set; }
    }
}
