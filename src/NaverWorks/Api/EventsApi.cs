using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Calendar;
using NaverWorks.Http;
using NaverWorks.Json;
using NaverWorks.Models;

namespace NaverWorks.Api
{
    /// <summary>
    /// Events of a user's default calendar (<c>/users/{userId}/calendar/events</c>) or of one of the calendars the
    /// user can see (<c>/users/{userId}/calendars/{calendarId}/events</c>): list a window, read, create, replace, delete.
    /// </summary>
    public sealed class EventsApi : WorksApiBase
    {
        /// <summary>Creates a client over a session's transport.</summary>
        public EventsApi(ApiTransport transport) : base(transport) { }

        /// <summary>
        /// <c>GET …/events?fromDateTime&amp;untilDateTime</c> for one window of at most 31 days (see
        /// <see cref="EventWindow.Slices"/>). Follows a cursor should the service ever send one.
        /// </summary>
        public async Task<List<EventEnvelope>> ListAsync(string userId, string? calendarId, EventWindow window, RequestContext context)
        {
            var events = new List<EventEnvelope>();
            string? cursor = null;
            do
            {
                var request = new ApiRequest(HttpMethod.Get, EventsPath(userId, calendarId), Operation("GET", calendarId, false))
                    .With("fromDateTime", EventWindow.Format(window.From))
                    .With("untilDateTime", EventWindow.Format(window.Until))
                    .With("cursor", cursor);
                EventListResponse page = await SendAsync<EventListResponse>(request, context).ConfigureAwait(false);
                if (page.Events is not null) events.AddRange(page.Events);
                string? next = page.ResponseMetaData?.NextCursor;
                cursor = string.IsNullOrEmpty(next) || next == cursor ? null : next;
            }
            while (cursor is not null);
            return events;
        }

        /// <summary><c>GET …/events/{eventId}</c>, or null when there is no such event.</summary>
        public Task<EventEnvelope?> FindAsync(string userId, string? calendarId, string eventId, RequestContext context) =>
            FindAsync<EventEnvelope>(EventPath(userId, calendarId, eventId), Operation("GET", calendarId, true), context);

        /// <summary><c>GET …/events/{eventId}</c>.</summary>
        public Task<EventEnvelope> GetAsync(string userId, string? calendarId, string eventId, RequestContext context) =>
            GetAsync<EventEnvelope>(EventPath(userId, calendarId, eventId), Operation("GET", calendarId, true), context);

        /// <summary><c>POST …/events</c>: creates the event (201 with the created event).</summary>
        public Task<EventEnvelope> CreateAsync(string userId, string? calendarId, EventWriteRequest body, RequestContext context) =>
            SendAsync<EventEnvelope>(WithBody(HttpMethod.Post, EventsPath(userId, calendarId), Operation("POST", calendarId, false), body), context);

        /// <summary>
        /// <c>PUT …/events/{eventId}</c>: replaces the whole event. Returns the event as the service answered, or
        /// as sent when the answer has no body.
        /// </summary>
        public async Task<EventEnvelope> ReplaceAsync(string userId, string? calendarId, string eventId, EventWriteRequest body, RequestContext context)
        {
            var request = WithBody(HttpMethod.Put, EventPath(userId, calendarId, eventId), Operation("PUT", calendarId, true), body);
            ApiResponse response = await Transport.SendAsync(request, context).ConfigureAwait(false);
            if (response.Body.Length > 0) return WorksJson.Deserialize<EventEnvelope>(response, request, ApiService.Works);
            return new EventEnvelope { EventComponents = body.EventComponents };
        }

        /// <summary><c>DELETE …/events/{eventId}?sendNotification=…</c>.</summary>
        public Task DeleteAsync(string userId, string? calendarId, string eventId, bool sendNotification, RequestContext context) =>
            SendAsync(new ApiRequest(HttpMethod.Delete, EventPath(userId, calendarId, eventId), Operation("DELETE", calendarId, true))
                .With("sendNotification", sendNotification ? "true" : "false"), context);

        private static string EventsPath(string userId, string? calendarId)
        {
            string user = "/users/" + PathSegment.Escape(userId, "UserId");
            return string.IsNullOrEmpty(calendarId)
                ? user + "/calendar/events"
                : user + "/calendars/" + PathSegment.Escape(calendarId!, "CalendarId") + "/events";
        }

        private static string EventPath(string userId, string? calendarId, string eventId) =>
            EventsPath(userId, calendarId) + "/" + PathSegment.Escape(eventId, "EventId");

        // Rate limits are counted per operation, i.e. per method and route template.
        private static string Operation(string method, string? calendarId, bool one) =>
            method + (string.IsNullOrEmpty(calendarId) ? " /users/{userId}/calendar/events" : " /users/{userId}/calendars/{calendarId}/events") + (one ? "/{eventId}" : "");
    }
}
