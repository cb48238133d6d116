using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Models;
using NaverWorks.Paging;

namespace NaverWorks.Api
{
    /// <summary>
    /// Calendars: a user's default calendar, the calendars a user can see, and shared calendars
    /// (<c>/calendars</c>: create, read, PATCH, delete).
    /// </summary>
    public sealed class CalendarsApi : WorksApiBase
    {
        /// <summary>Most calendars one page of <c>calendar-personals</c> may hold.</summary>
        public const int MaxPersonalPageSize = 50;

        /// <summary>Creates a client over a session's transport.</summary>
        public CalendarsApi(ApiTransport transport) : base(transport) { }

        /// <summary><c>GET /users/{userId}/calendar</c>: the user's default calendar.</summary>
        public Task<CalendarProperties> GetDefaultAsync(string userId, RequestContext context) =>
            GetAsync<CalendarProperties>($"/users/{PathSegment.Escape(userId, "UserId")}/calendar", "GET /users/{userId}/calendar", context);

        /// <summary><c>GET /users/{userId}/calendar-personals</c>: one page of the calendars the user can see.</summary>
        public Task<Page<CalendarPersonal>> GetPersonalPageAsync(string userId, string? cursor, int count, RequestContext context)
        {
            var request = new ApiRequest(HttpMethod.Get, $"/users/{PathSegment.Escape(userId, "UserId")}/calendar-personals", "GET /users/{userId}/calendar-personals");
            return GetPageAsync<CalendarPersonalsPage, CalendarPersonal>(request, cursor, System.Math.Min(count, MaxPersonalPageSize), e => e.CalendarPersonals, context);
        }

        /// <summary><c>GET /calendars/{calendarId}</c>.</summary>
        public Task<CalendarProperties> GetAsync(string calendarId, RequestContext context) =>
            GetAsync<CalendarProperties>(CalendarPath(calendarId), "GET /calendars/{calendarId}", context);

        /// <summary><c>POST /calendars</c>: creates a shared calendar.</summary>
        public Task<CalendarProperties> CreateAsync(CalendarProperties calendar, RequestContext context) =>
            SendAsync<CalendarProperties>(WithBody(HttpMethod.Post, "/calendars", "POST /calendars", calendar), context);

        /// <summary><c>PATCH /calendars/{calendarId}</c>: changes the fields that are set.</summary>
        public Task<CalendarProperties> PatchAsync(string calendarId, CalendarProperties changes, RequestContext context) =>
            SendAsync<CalendarProperties>(WithBody(Patch, CalendarPath(calendarId), "PATCH /calendars/{calendarId}", changes), context);

        /// <summary><c>DELETE /calendars/{calendarId}</c>.</summary>
        public Task DeleteAsync(string calendarId, RequestContext context) =>
            SendAsync(new ApiRequest(HttpMethod.Delete, CalendarPath(calendarId), "DELETE /calendars/{calendarId}"), context);

        private static string CalendarPath(string calendarId) => "/calendars/" + PathSegment.Escape(calendarId, "CalendarId");
    }
}
