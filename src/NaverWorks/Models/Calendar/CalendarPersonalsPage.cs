using System.Collections.Generic;
using NaverWorks.Api;

namespace NaverWorks.Models
{
    /// <summary>A page of <c>GET /users/{userId}/calendar-personals</c>.</summary>
    public sealed class CalendarPersonalsPage : CursorEnvelope
    {
        /// <summary><c>calendarPersonals</c>.</summary>
        public List<CalendarPersonal>? CalendarPersonals { get; set; }
    }
}
