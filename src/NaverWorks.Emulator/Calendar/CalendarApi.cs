using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NaverWorks.Emulator.Directory;
using NaverWorks.Emulator.Hosting;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Calendar;

/// <summary>
/// Every calendar route under <c>/v1.0</c> (scope <c>calendar</c>; reads also <c>calendar.read</c>): the default
/// calendar, the calendars a user can see, shared calendars, and events of the default or of a given calendar.
/// </summary>
internal static class CalendarApi
{
    private const string Scope = "calendar";
    private const int MaxPersonalCount = 50;

    public static void Map(RouteGroupBuilder api, CalendarStore store)
    {
        api.MapGet("/users/{userId}/calendar", (HttpContext c) => Ok(store.GetDefault(Route(c, "userId"), Caller(c)))).Works(Scope);
        api.MapGet("/users/{userId}/calendar-personals", (HttpContext c) => ListPersonal(c, store)).Works(Scope);

        api.MapPost("/calendars", (HttpContext c) => new JsonBytesResult(201, store.CreateShared(Body(c, BindMode.Create)))).Works(Scope);
        api.MapGet("/calendars/{calendarId}", (HttpContext c) => Ok(store.GetShared(Route(c, "calendarId")))).Works(Scope);
        api.MapPatch("/calendars/{calendarId}", (HttpContext c) => Ok(store.PatchShared(Route(c, "calendarId"), Body(c, BindMode.Patch)))).Works(Scope);
        api.MapDelete("/calendars/{calendarId}", (HttpContext c) =>
        {
            store.DeleteShared(Route(c, "calendarId"));
            return JsonBytesResult.NoContent;
        }).Works(Scope);

        MapEvents(api, "/users/{userId}/calendar/events", store);
        MapEvents(api, "/users/{userId}/calendars/{calendarId}/events", store);
    }

    private static void MapEvents(RouteGroupBuilder api, string route, CalendarStore store)
    {
        var item = route + "/{eventId}";
        api.MapGet(route, (HttpContext c) =>
        {
            var (from, until) = Window(c.Request);
            return Ok(store.ListEvents(Route(c, "userId"), Calendar(c), Caller(c), from, until));
        }).Works(Scope);
        api.MapPost(route, (HttpContext c) =>
            new JsonBytesResult(201, store.CreateEvent(Route(c, "userId"), Calendar(c), Caller(c), Body(c, BindMode.Create)))).Works(Scope);
        api.MapGet(item, (HttpContext c) => Ok(store.GetEvent(Route(c, "userId"), Calendar(c), Route(c, "eventId"), Caller(c)))).Works(Scope);
        api.MapPut(item, (HttpContext c) =>
            Ok(store.ReplaceEvent(Route(c, "userId"), Calendar(c), Route(c, "eventId"), Caller(c), Body(c, BindMode.Replace)))).Works(Scope);
        api.MapDelete(item, (HttpContext c) =>
        {
            if (c.Request.Query.TryGetValue("sendNotification", out var notify) && notify.ToString() is not ("true" or "false"))
            {
                throw ApiErrors.Invalid("sendNotification", "must be true or false");
            }

            store.DeleteEvent(Route(c, "userId"), Calendar(c), Route(c, "eventId"), Caller(c));
            return JsonBytesResult.NoContent;
        }).Works(Scope);
    }

    /// <summary>
    /// The required <c>fromDateTime</c>/<c>untilDateTime</c>: ISO 8601 with an offset, at most 31 days apart. A
    /// literal <c>+</c> in the query decodes to a space, so an offset not sent as <c>%2B</c> is refused here.
    /// </summary>
    private static (DateTimeOffset From, DateTimeOffset Until) Window(HttpRequest request)
    {
        DateTimeOffset Read(string name)
        {
            var text = request.Query[name].ToString();
            if (text.Length == 0)
            {
                throw ApiErrors.Missing(name);
            }

            if (!ZoneTimes.TryParseQuery(text, out var value))
            {
                var hint = text.Contains(' ') ? " (a '+' in the offset must be sent URL-encoded as %2B)" : "";
                throw ApiErrors.Invalid(name, $"'{text}' is not YYYY-MM-DDThh:mm:ss±hh:mm{hint}");
            }

            return value;
        }

        var from = Read("fromDateTime");
        var until = Read("untilDateTime");
        if (until <= from)
        {
            throw ApiErrors.Invalid("untilDateTime", "must be after fromDateTime");
        }

        if (until - from > CalendarStore.MaxWindow)
        {
            throw ApiErrors.Invalid("untilDateTime", $"the window may span at most {CalendarStore.MaxWindow.TotalDays:0} days");
        }

        return (from, until);
    }

    private static JsonBytesResult ListPersonal(HttpContext c, CalendarStore store)
    {
        var userId = Route(c, "userId");
        var query = c.Request.Query;
        var count = MaxPersonalCount;
        if (query.ContainsKey("count")
            && (!int.TryParse(query["count"], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxPersonalCount))
        {
            throw ApiErrors.Invalid("count", $"must be between 1 and {MaxPersonalCount}");
        }

        var identity = $"/users/{userId}/calendar-personals";
        var offset = query["cursor"].ToString() is { Length: > 0 } cursor ? DecodeOffset(identity, cursor) : 0;
        return Ok(store.ListPersonal(userId, Caller(c), count, offset, next => EncodeOffset(identity, next)));
    }

    // Offset cursors through the shared codec, so a cursor from another list is refused the same way everywhere.
    private static string EncodeOffset(string identity, int offset) =>
        Infrastructure.Paging.CursorCodec.Encode(identity, Infrastructure.Paging.SortKey.BySeq(offset));

    private static int DecodeOffset(string identity, string cursor) => (int)Infrastructure.Paging.CursorCodec.Decode(identity, cursor).Seq;

    private static string? Calendar(HttpContext c) => c.Request.RouteValues["calendarId"] as string;

    private static string Route(HttpContext c, string name) => DirectoryEndpoints.Route(c, name);

    private static Auth.WorksPrincipal Caller(HttpContext c) => DirectoryEndpoints.Caller(c);

    private static JsonBody Body(HttpContext c, BindMode mode) => DirectoryEndpoints.Body(c, mode);

    private static JsonBytesResult Ok(byte[] body) => new(200, body);
}
