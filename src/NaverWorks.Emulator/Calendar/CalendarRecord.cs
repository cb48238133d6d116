namespace NaverWorks.Emulator.Calendar;

/// <summary>A calendar: a user's default one (owned, never deleted) or a shared one with members.</summary>
internal sealed class CalendarRecord
{
    public required string CalendarId { get; init; }

    public string CalendarName { get; set; } = "";

    public string Description { get; set; } = "";

    public bool IsPublic { get; set; }

    /// <summary>For a default calendar, its owner; null for shared calendars.</summary>
    public string? OwnerUserId { get; init; }

    public List<CalendarMemberRecord> Members { get; set; } = [];

    /// <summary>Events by id, in creation order.</summary>
    public Dictionary<string, StoredEvent> Events { get; } = new(StringComparer.Ordinal);

    public object View(string mailDomain) => new Dictionary<string, object?>
    {
        ["calendarId"] = CalendarId,
        ["calendarName"] = CalendarName,
        ["members"] = Members.Select(m => new Dictionary<string, string> { ["id"] = m.Id, ["type"] = m.Type, ["role"] = m.Role }).ToList(),
        ["description"] = Description,
        ["isPublic"] = IsPublic,
        ["calendarEmail"] = $"{CalendarId}@{mailDomain}",
    };
}

/// <summary>One member of a calendar and what it may do.</summary>
internal sealed record CalendarMemberRecord(string Id, string Type, string Role)
{
    public static readonly string[] Types = ["USER", "GROUP", "ORGUNIT"];

    public static readonly string[] Roles = ["CALENDAR_EVENT_READ_WRITE", "EVENT_READ_WRITE", "EVENT_READ", "EVENT_READ_FREE_BUSY"];

    public bool CanWriteEvents => Role is "CALENDAR_EVENT_READ_WRITE" or "EVENT_READ_WRITE";
}
