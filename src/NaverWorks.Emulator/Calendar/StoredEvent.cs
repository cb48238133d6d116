using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Calendar;

/// <summary>An event as stored: its validated components (the series first, then its exceptions) and their timing.</summary>
internal sealed class StoredEvent
{
    public required string EventId { get; init; }

    public required string CalendarId { get; init; }

    public required List<JsonObject> Components { get; set; }

    public required List<ComponentTiming> Timings { get; set; }

    public long Seq { get; init; }

    /// <summary><c>{eventComponents, organizerCalendarId}</c>, as every event endpoint answers.</summary>
    public JsonObject View() => new()
    {
        ["eventComponents"] = new JsonArray([.. Components.Select(c => (JsonNode)c.DeepClone())]),
        ["organizerCalendarId"] = CalendarId,
    };

    /// <summary>Whether the series, any of its occurrences, or one of its exceptions overlaps the window.</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset until)
    {
        var replaced = Timings.Where(t => t.RecurringEventId is not null).Select(t => t.RecurringEventId!).ToHashSet(StringComparer.Ordinal);
        return Timings.Any(t => t.Overlaps(from, until, replaced));
    }
}
