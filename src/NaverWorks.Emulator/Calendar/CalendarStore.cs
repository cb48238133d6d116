using System.Text.Json.Nodes;
using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Directory;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Calendar;

/// <summary>
/// The tenant's calendars and events, guarded by the tenant's lock (users are resolved under it too): a
/// default calendar per user (created on first use), shared calendars with members, and events per calendar
/// with tenant-wide unique ids. Answers are serialized under the lock, so each is a consistent snapshot.
/// </summary>
internal sealed class CalendarStore(EmulatorTenant tenant)
{
    /// <summary>The documented maximum window of one event query.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(31);

    private readonly Dictionary<string, CalendarRecord> _calendars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _defaultByUser = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _eventCalendar = new(StringComparer.Ordinal);

    public byte[] GetDefault(string userId, WorksPrincipal caller) =>
        Locked(() => DefaultOf(User(userId, caller)).View(tenant.MailDomain));

    /// <summary>The default calendar first, then the shared ones the user is a member of, in creation order.</summary>
    public byte[] ListPersonal(string userId, WorksPrincipal caller, int count, int offset, Func<int, string> cursorFor) => Locked(() =>
    {
        var user = User(userId, caller);
        var visible = new[] { DefaultOf(user) }.Concat(_calendars.Values.Where(c => c.OwnerUserId is null && IsMember(c, user.UserId))).ToList();
        if (offset > visible.Count)
        {
            throw ApiErrors.Invalid("cursor", "is not a valid cursor for this list");
        }

        var page = visible.Skip(offset).Take(count).Select((c, i) => (object)new Dictionary<string, object?>
        {
            ["calendarId"] = c.CalendarId,
            ["calendarName"] = c.CalendarName,
            ["isShowOnLNBList"] = true,
            ["displayOrder"] = offset + i,
            ["resourceLocation"] = 0,
        }).ToList();
        var meta = new Dictionary<string, string>();
        if (offset + count < visible.Count)
        {
            meta["nextCursor"] = cursorFor(offset + count);
        }

        return new Dictionary<string, object> { ["calendarPersonals"] = page, ["responseMetaData"] = meta };
    });

    public byte[] CreateShared(JsonBody body) => Locked(() =>
    {
        var calendar = new CalendarRecord { CalendarId = ResourceIds.New("calendar") };
        CalendarBinder.Apply(body, calendar, this);
        _calendars.Add(calendar.CalendarId, calendar);
        return calendar.View(tenant.MailDomain);
    });

    public byte[] GetShared(string calendarId) => Locked(() => Shared(calendarId).View(tenant.MailDomain));

    public byte[] PatchShared(string calendarId, JsonBody body) => Locked(() =>
    {
        var calendar = Shared(calendarId);
        CalendarBinder.Apply(body, calendar, this);
        return calendar.View(tenant.MailDomain);
    });

    public void DeleteShared(string calendarId) => Locked(() =>
    {
        var calendar = Shared(calendarId);
        foreach (var id in calendar.Events.Keys)
        {
            _eventCalendar.Remove(id);
        }

        return _calendars.Remove(calendar.CalendarId);
    });

    public byte[] ListEvents(string userId, string? calendarId, WorksPrincipal caller, DateTimeOffset from, DateTimeOffset until) => Locked(() =>
    {
        var calendar = Accessible(userId, calendarId, caller, write: false);
        var events = calendar.Events.Values.Where(e => e.Overlaps(from, until)).OrderBy(e => e.Seq).Select(e => (JsonNode)e.View());
        return new JsonObject { ["events"] = new JsonArray([.. events]) };
    });

    public byte[] GetEvent(string userId, string? calendarId, string eventId, WorksPrincipal caller) =>
        Locked(() => Event(Accessible(userId, calendarId, caller, write: false), eventId).View());

    public byte[] CreateEvent(string userId, string? calendarId, WorksPrincipal caller, JsonBody body) => Locked(() =>
    {
        var calendar = Accessible(userId, calendarId, caller, write: true);
        var bound = EventBinder.Bind(body, replace: false);
        var eventId = bound.EventId ?? ResourceIds.New("event");
        if (_eventCalendar.ContainsKey(eventId))
        {
            throw ApiErrors.Conflict($"eventId: the event '{eventId}' already exists.");
        }

        var stored = new StoredEvent { EventId = eventId, CalendarId = calendar.CalendarId, Components = [], Timings = [], Seq = tenant.NextSeq() };
        Store(stored, bound, Organizer(calendar, userId, caller), created: null);
        calendar.Events.Add(eventId, stored);
        _eventCalendar.Add(eventId, calendar.CalendarId);
        return stored.View();
    });

    public byte[] ReplaceEvent(string userId, string? calendarId, string eventId, WorksPrincipal caller, JsonBody body) => Locked(() =>
    {
        var calendar = Accessible(userId, calendarId, caller, write: true);
        var stored = Event(calendar, eventId);
        var bound = EventBinder.Bind(body, replace: true);
        if (bound.EventId != eventId)
        {
            throw ApiErrors.Invalid("eventComponents[0].eventId", $"must be the event's id '{eventId}'");
        }

        Store(stored, bound, stored.Components[0]["organizer"]?.DeepClone(), stored.Components[0]["createdTime"]?.DeepClone());
        return stored.View();
    });

    public void DeleteEvent(string userId, string? calendarId, string eventId, WorksPrincipal caller) => Locked(() =>
    {
        var calendar = Accessible(userId, calendarId, caller, write: true);
        Event(calendar, eventId);
        _eventCalendar.Remove(eventId);
        return calendar.Events.Remove(eventId);
    });

    /// <summary>Whether a member reference names something that exists (for members of shared calendars).</summary>
    public bool MemberExists(string id, string type) => type switch
    {
        "USER" => tenant.Users.Find(id) is not null,
        "GROUP" => tenant.Groups.Find(id) is not null,
        _ => tenant.OrgUnits.Find(id) is not null,
    };

    private void Store(StoredEvent stored, EventBinder.Result bound, JsonNode? organizer, JsonNode? created)
    {
        var now = new JsonObject { ["dateTime"] = ZoneTimes.Stamp(tenant.Now), ["timeZone"] = "UTC" };
        foreach (var component in bound.Components)
        {
            component.Insert(0, "eventId", stored.EventId);
            component["createdTime"] = created?.DeepClone() ?? now.DeepClone();
            component["updatedTime"] = now.DeepClone();
            component["organizer"] = organizer?.DeepClone();
            component["viewUrl"] = $"https://calendar.emulator.invalid/event/view?eventId={Uri.EscapeDataString(stored.EventId)}";
        }

        stored.Components = bound.Components;
        stored.Timings = bound.Timings;
    }

    private JsonObject Organizer(CalendarRecord calendar, string userId, WorksPrincipal caller)
    {
        var user = User(userId, caller);
        return new JsonObject { ["email"] = calendar.OwnerUserId is null ? $"{calendar.CalendarId}@{tenant.MailDomain}" : user.Email, ["displayName"] = NameOf(user) };
    }

    private UserRecord User(string userId, WorksPrincipal caller) => tenant.Users.Resolve(userId, caller);

    private CalendarRecord DefaultOf(UserRecord user)
    {
        if (_defaultByUser.TryGetValue(user.UserId, out var id))
        {
            return _calendars[id];
        }

        var calendar = new CalendarRecord
        {
            CalendarId = ResourceIds.New("calendar"),
            CalendarName = NameOf(user),
            OwnerUserId = user.UserId,
            Members = [new CalendarMemberRecord(user.UserId, "USER", "CALENDAR_EVENT_READ_WRITE")],
        };
        _calendars.Add(calendar.CalendarId, calendar);
        _defaultByUser.Add(user.UserId, calendar.CalendarId);
        return calendar;
    }

    private CalendarRecord Shared(string calendarId) =>
        _calendars.TryGetValue(calendarId, out var c) && c.OwnerUserId is null
            ? c
            : throw ApiErrors.NotFound("CALENDAR_NOT_EXIST", $"The calendar '{calendarId}' does not exist.");

    /// <summary>The calendar a user's event route addresses, checked against the user's membership and role.</summary>
    private CalendarRecord Accessible(string userId, string? calendarId, WorksPrincipal caller, bool write)
    {
        var user = User(userId, caller);
        if (calendarId is null)
        {
            return DefaultOf(user);
        }

        if (!_calendars.TryGetValue(calendarId, out var calendar))
        {
            throw ApiErrors.NotFound("CALENDAR_NOT_EXIST", $"The calendar '{calendarId}' does not exist.");
        }

        var role = calendar.OwnerUserId == user.UserId ? new CalendarMemberRecord(user.UserId, "USER", "CALENDAR_EVENT_READ_WRITE") : MemberRole(calendar, user.UserId);
        if (role is null && !(calendar.IsPublic && !write))
        {
            throw ApiErrors.Forbidden($"The user '{userId}' cannot see the calendar '{calendarId}'.");
        }

        if (write && role?.CanWriteEvents != true)
        {
            throw ApiErrors.Forbidden($"The user '{userId}' may not change events of the calendar '{calendarId}'.");
        }

        return calendar;
    }

    private bool IsMember(CalendarRecord calendar, string userId) => MemberRole(calendar, userId) is not null;

    private CalendarMemberRecord? MemberRole(CalendarRecord calendar, string userId) => calendar.Members.FirstOrDefault(m => m.Type switch
    {
        "USER" => tenant.Users.Find(m.Id)?.UserId == userId,
        "GROUP" => tenant.Groups.Find(m.Id)?.Members.Any(g => g.Type == "USER" && g.Id == userId) == true,
        _ => tenant.OrgUnits.Find(m.Id) is { } unit && tenant.GetOrgUnitMemberIds(unit.OrgUnitId).Contains(userId),
    });

    private static StoredEvent Event(CalendarRecord calendar, string eventId) =>
        calendar.Events.TryGetValue(eventId, out var e) ? e : throw ApiErrors.NotFound("EVENT_NOT_EXIST", $"The event '{eventId}' does not exist in this calendar.");

    private static string NameOf(UserRecord user) =>
        $"{user.UserName.LastName}{user.UserName.FirstName}" is { Length: > 0 } name ? name : user.Email;

    private byte[] Locked(Func<object> work)
    {
        lock (tenant.Sync)
        {
            return EmulatorJson.Serialize(work());
        }
    }

    private void Locked(Func<bool> work)
    {
        lock (tenant.Sync)
        {
            work();
        }
    }
}
