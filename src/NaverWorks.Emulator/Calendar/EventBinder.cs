using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Calendar;

/// <summary>
/// Reads and validates an event write body (<c>{eventComponents, sendNotification}</c>) strictly: required
/// fields, lengths, enums, time formats, RFC 5545 lines, one shared eventId. Errors are 400s naming the
/// property path. The result keeps only the documented writable fields; read-only ones sent back from a GET
/// (createdTime, organizer, viewUrl…) are ignored.
/// </summary>
internal static partial class EventBinder
{
    private static readonly StringRule Summary = new() { Required = true, Nullable = false, MaxLength = 200 };
    private static readonly StringRule Transparency = StringRule.OneOf("OPAQUE", "TRANSPARENT") with { Default = "OPAQUE" };
    private static readonly StringRule Visibility = StringRule.OneOf("PUBLIC", "PRIVATE") with { Default = "PUBLIC" };
    private static readonly StringRule PartStat = StringRule.OneOf("NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE") with { Default = "NEEDS-ACTION" };
    private static readonly StringRule ReminderMethod = StringRule.OneOf("DISPLAY", "EMAIL") with { Required = true, Nullable = false };
    private static readonly StringRule Trigger = new()
    {
        Required = true, Nullable = false, Pattern = DurationPattern(), PatternMessage = "must be an ISO 8601 duration such as -PT15M",
    };

    public sealed record Result(List<JsonObject> Components, List<ComponentTiming> Timings, string? EventId, bool SendNotification);

    private sealed record BoundTime(JsonObject Json, DateTime Local, string? Zone, string Path);

    private sealed record BoundComponent(JsonObject Json, ComponentTiming Timing, string? EventId, string? RecurringEventId, bool HasRecurrence, string Path);

    /// <param name="body">The request body.</param>
    /// <param name="replace">True for PUT: every component must carry the eventId.</param>
    public static Result Bind(JsonBody body, bool replace)
    {
        if (!body.Has("eventComponents"))
        {
            throw ApiErrors.Missing("eventComponents");
        }

        var components = body.Array("eventComponents", [], c => BindComponent(c, replace));
        if (components.Count == 0)
        {
            throw ApiErrors.Invalid("eventComponents", "must contain at least one component");
        }

        var sendNotification = body.Bool("sendNotification", true, defaultValue: true);
        var eventId = components.Select(c => c.EventId).FirstOrDefault(id => id is not null);
        foreach (var c in components.Where(c => c.EventId is not null && c.EventId != eventId))
        {
            throw ApiErrors.Invalid(c.Path + ".eventId", "every component of an event must carry the same eventId");
        }

        var series = components.Where(c => c.RecurringEventId is null).ToList();
        if (series.Count != 1)
        {
            throw ApiErrors.Invalid("eventComponents", "must hold exactly one component without recurringEventId (the event or the series), followed by its exceptions");
        }

        if (components.Count > 1 && !series[0].HasRecurrence)
        {
            throw ApiErrors.Invalid("eventComponents", "exceptions (components with recurringEventId) need a series with a recurrence");
        }

        var ordered = series.Concat(components.Where(c => c.RecurringEventId is not null)).ToList();
        return new Result([.. ordered.Select(c => c.Json)], [.. ordered.Select(c => c.Timing)], eventId, sendNotification);
    }

    private static BoundComponent BindComponent(JsonBody c, bool replace)
    {
        var path = c.PathOf("").TrimEnd('.');
        var json = new JsonObject();
        var eventId = c.String("eventId", null, replace ? StringRule.Mandatory(255) : StringRule.Optional(255));
        json["summary"] = c.String("summary", null, Summary);
        Copy(json, "description", c.String("description", null, StringRule.Optional(5000)));
        Copy(json, "location", c.String("location", null, StringRule.Optional(100)));
        Copy(json, "categoryId", c.String("categoryId", null, StringRule.Optional(255)));
        Copy(json, "map", c.Object<JsonObject>("map", null, false, (m, _) => Strings(m, "type", "geo")));
        Copy(json, "mapUrl", c.Object<JsonObject>("mapUrl", null, false, (m, _) => Strings(m, "mapUrl", "imageId")));
        Copy(json, "videoMeeting", c.Object<JsonObject>("videoMeeting", null, false, (m, _) => Strings(m, "url", "resourceId")));

        var start = c.Object<BoundTime>("start", null, true, (t, _) => BindTime(t))!;
        var end = c.Object<BoundTime>("end", null, false, (t, _) => BindTime(t));
        json["start"] = start.Json;
        Copy(json, "end", end?.Json);
        var duration = Duration(start, end);

        var recurringEventId = c.String("recurringEventId", null, StringRule.Optional(255));
        var lines = c.StringArray("recurrence", [], StringRule.Mandatory(1000), maxItems: 100);
        if (lines.Count > 0 && recurringEventId is not null)
        {
            throw ApiErrors.Invalid(c.PathOf("recurrence"), "an exception (with recurringEventId) cannot have its own recurrence");
        }

        Copy(json, "recurrence", lines.Count == 0 ? null : new JsonArray([.. lines.Select(l => (JsonNode)l)]));
        Copy(json, "recurringEventId", recurringEventId);
        json["transparency"] = c.String("transparency", null, Transparency);
        json["visibility"] = c.String("visibility", null, Visibility);
        json["sequence"] = c.Int("sequence", 0, required: false, defaultValue: 0, min: 0);
        var attendees = c.Array("attendees", [], BindAttendee);
        Copy(json, "attendees", attendees.Count == 0 ? null : new JsonArray([.. attendees]));
        var reminders = c.Array("reminders", [], r => new JsonObject
        {
            ["method"] = r.String("method", null, ReminderMethod),
            ["trigger"] = r.String("trigger", null, Trigger),
        });
        Copy(json, "reminders", reminders.Count == 0 ? null : new JsonArray([.. reminders]));

        var timing = Timing(start, duration, lines, recurringEventId, c.PathOf("recurrence"));
        return new BoundComponent(json, timing, eventId, recurringEventId, lines.Count > 0, path);
    }

    private static JsonNode BindAttendee(JsonBody a)
    {
        var json = new JsonObject();
        Copy(json, "id", a.String("id", null, StringRule.Optional(255)));
        json["email"] = a.String("email", null, StringRule.Mandatory(256) with { Pattern = EmailPattern(), PatternMessage = "must be an email address" });
        Copy(json, "displayName", a.String("displayName", null, StringRule.Optional(200)));
        json["partstat"] = a.String("partstat", null, PartStat);
        json["isOptional"] = a.Bool("isOptional", false, false);
        json["isResource"] = a.Bool("isResource", false, false);
        Copy(json, "resourceValue", a.String("resourceValue", null, StringRule.Optional(255)));
        return json;
    }

    private static BoundTime BindTime(JsonBody t)
    {
        var path = t.PathOf("").TrimEnd('.');
        var date = t.String("date", null, StringRule.Optional(10));
        var dateTime = t.String("dateTime", null, StringRule.Optional(19));
        if ((date is null) == (dateTime is null))
        {
            throw ApiErrors.Invalid(path, "must have either date (all-day) or dateTime with timeZone");
        }

        if (date is not null)
        {
            return ZoneTimes.TryParseDate(date, out var day)
                ? new BoundTime(new JsonObject { ["date"] = date }, day, null, path)
                : throw ApiErrors.Invalid(t.PathOf("date"), "must be YYYY-MM-DD");
        }

        if (!ZoneTimes.TryParseLocal(dateTime!, out var local))
        {
            throw ApiErrors.Invalid(t.PathOf("dateTime"), "must be YYYY-MM-DDThh:mm:ss (local time, seconds included, no offset)");
        }

        var zone = t.String("timeZone", null, StringRule.Mandatory(64));
        if (ZoneTimes.FindIana(zone!) is null)
        {
            throw ApiErrors.Invalid(t.PathOf("timeZone"), $"'{zone}' is not an IANA time zone such as Asia/Seoul");
        }

        return new BoundTime(new JsonObject { ["dateTime"] = dateTime, ["timeZone"] = zone }, local, zone, path);
    }

    private static TimeSpan Duration(BoundTime start, BoundTime? end)
    {
        if (end is null)
        {
            return start.Zone is null ? TimeSpan.FromDays(1) : TimeSpan.Zero;
        }

        if ((start.Zone is null) != (end.Zone is null))
        {
            throw ApiErrors.Invalid(end.Path, "must be a date when start is a date, and a dateTime when start is a dateTime");
        }

        var length = start.Zone is null ? end.Local - start.Local : ZoneTimes.ToInstant(end.Local, end.Zone!) - ZoneTimes.ToInstant(start.Local, start.Zone!);
        return length > TimeSpan.Zero || (length == TimeSpan.Zero && start.Zone is not null)
            ? length
            : throw ApiErrors.Invalid(end.Path, start.Zone is null ? "must be after start (the end date is exclusive)" : "must not be before start");
    }

    private static ComponentTiming Timing(BoundTime start, TimeSpan duration, IReadOnlyList<string> lines, string? recurringEventId, string path)
    {
        RecurrenceRuleSpec? rule = null;
        var excludedLocal = new HashSet<DateTime>();
        var excludedInstants = new HashSet<DateTimeOffset>();
        for (var i = 0; i < lines.Count; i++)
        {
            try
            {
                var line = lines[i];
                if (line.StartsWith("RRULE:", StringComparison.Ordinal))
                {
                    rule = rule is null ? RecurrenceRuleSpec.Parse(line) : throw new FormatException("only one RRULE is allowed");
                }
                else if (line.StartsWith("EXDATE", StringComparison.Ordinal) || line.StartsWith("RDATE", StringComparison.Ordinal))
                {
                    ReadDates(line, line.StartsWith('E') ? excludedLocal : null, line.StartsWith('E') ? excludedInstants : null);
                }
                else
                {
                    throw new FormatException("must be an RRULE, EXDATE or RDATE line");
                }
            }
            catch (FormatException e)
            {
                throw ApiErrors.Invalid($"{path}[{i}]", e.Message);
            }
        }

        if (rule is null && lines.Count > 0)
        {
            throw ApiErrors.Invalid(path, "EXDATE and RDATE lines need an RRULE");
        }

        return new ComponentTiming
        {
            Start = start.Local, Duration = duration, Zone = start.Zone, Rule = rule,
            ExcludedLocal = excludedLocal, ExcludedInstants = excludedInstants, RecurringEventId = recurringEventId,
        };
    }

    // EXDATE[;TZID=zone|;VALUE=DATE]:v1,v2 — RDATE lines are checked the same way; the emulator does not add their dates.
    private static void ReadDates(string line, HashSet<DateTime>? local, HashSet<DateTimeOffset>? instants)
    {
        var colon = line.IndexOf(':');
        if (colon < 0)
        {
            throw new FormatException("has no ':' before its values");
        }

        string? zone = null;
        foreach (var parameter in line[..colon].Split(';').Skip(1))
        {
            var eq = parameter.IndexOf('=');
            var (name, value) = eq > 0 ? (parameter[..eq], parameter[(eq + 1)..]) : (parameter, "");
            zone = name switch
            {
                "TZID" => ZoneTimes.FindIana(value) is not null ? value : throw new FormatException($"TZID={value} is not an IANA time zone"),
                "VALUE" when value is "DATE" or "DATE-TIME" or "PERIOD" => zone,
                _ => throw new FormatException($"the parameter '{parameter}' is not supported"),
            };
        }

        foreach (var value in line[(colon + 1)..].Split(','))
        {
            var utc = value.EndsWith('Z');
            var stamp = RecurrenceRuleSpec.Stamp(utc ? value[..^1] : value, "the date");
            if (utc)
            {
                instants?.Add(new DateTimeOffset(stamp, TimeSpan.Zero));
            }
            else if (zone is not null)
            {
                instants?.Add(ZoneTimes.ToInstant(stamp, zone));
            }
            else
            {
                local?.Add(stamp);
            }
        }
    }

    private static JsonObject Strings(JsonBody body, params string[] names)
    {
        var json = new JsonObject();
        foreach (var name in names)
        {
            Copy(json, name, body.String(name, null, StringRule.Optional(2000)));
        }

        return json;
    }

    private static void Copy(JsonObject json, string name, JsonNode? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    [GeneratedRegex(@"^-?P(?=\d|T\d)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailPattern();
}
