using System.Globalization;

namespace NaverWorks.Emulator.Calendar;

/// <summary>The calendar API's time formats and IANA zones, read strictly.</summary>
internal static class ZoneTimes
{
    /// <summary>The IANA zone, or null when <paramref name="name"/> is not one (Windows names are refused: the API wants IANA).</summary>
    public static TimeZoneInfo? FindIana(string name)
    {
        if (name != "UTC" && !TimeZoneInfo.TryConvertIanaIdToWindowsId(name, out _))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;
    }

    public static DateTimeOffset ToInstant(DateTime local, string zone)
    {
        var tz = FindIana(zone) ?? TimeZoneInfo.Utc;
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (tz.IsInvalidTime(wall))
        {
            wall = wall.AddHours(1);
        }

        return new DateTimeOffset(wall, tz.GetUtcOffset(wall));
    }

    /// <summary>Reads a query time: <c>YYYY-MM-DDThh:mm:ss±hh:mm</c> (or Z).</summary>
    public static bool TryParseQuery(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out value);

    public static bool TryParseDate(string text, out DateTime value) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>Reads an event's <c>dateTime</c>: local, seconds required, no offset.</summary>
    public static bool TryParseLocal(string text, out DateTime value) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static string Stamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
