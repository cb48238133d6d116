using System.Globalization;
using System.Text.RegularExpressions;

namespace NaverWorks.Emulator.Calendar;

/// <summary>
/// An RRULE as the emulator understands it: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT, UNTIL,
/// BYDAY (with ordinals), BYMONTHDAY, BYMONTH and WKST. Other RFC 5545 parts are refused rather than
/// ignored, so a series is never silently read differently from what the client meant.
/// </summary>
internal sealed partial class RecurrenceRuleSpec
{
    private static readonly Dictionary<string, DayOfWeek> Days = new()
    {
        ["MO"] = DayOfWeek.Monday, ["TU"] = DayOfWeek.Tuesday, ["WE"] = DayOfWeek.Wednesday, ["TH"] = DayOfWeek.Thursday,
        ["FR"] = DayOfWeek.Friday, ["SA"] = DayOfWeek.Saturday, ["SU"] = DayOfWeek.Sunday,
    };

    public string Freq { get; private init; } = "";

    public int Interval { get; private init; } = 1;

    public int? Count { get; private init; }

    /// <summary>UNTIL as a UTC instant (<c>…T…Z</c>), or null.</summary>
    public DateTimeOffset? UntilInstant { get; private init; }

    /// <summary>UNTIL as a local date-time or date (inclusive), or null.</summary>
    public DateTime? UntilLocal { get; private init; }

    public IReadOnlyList<(int Ordinal, DayOfWeek Day)> ByDay { get; private init; } = [];

    public IReadOnlyList<int> ByMonthDay { get; private init; } = [];

    public IReadOnlyList<int> ByMonth { get; private init; } = [];

    public DayOfWeek WeekStart { get; private init; } = DayOfWeek.Monday;

    /// <summary>Parses <c>RRULE:…</c>; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static RecurrenceRuleSpec Parse(string line)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var piece in line["RRULE:".Length..].Split(';'))
        {
            var eq = piece.IndexOf('=');
            if (eq <= 0 || !parts.TryAdd(piece[..eq], piece[(eq + 1)..]))
            {
                throw new FormatException($"'{piece}' is not a single NAME=VALUE rule part");
            }
        }

        foreach (var name in parts.Keys.Where(n => n is not ("FREQ" or "INTERVAL" or "COUNT" or "UNTIL" or "BYDAY" or "BYMONTHDAY" or "BYMONTH" or "WKST")))
        {
            throw new FormatException($"the rule part {name} is not supported");
        }

        var freq = parts.GetValueOrDefault("FREQ") ?? throw new FormatException("FREQ is required");
        if (freq is not ("DAILY" or "WEEKLY" or "MONTHLY" or "YEARLY"))
        {
            throw new FormatException($"FREQ={freq} must be DAILY, WEEKLY, MONTHLY or YEARLY");
        }

        if (parts.ContainsKey("COUNT") && parts.ContainsKey("UNTIL"))
        {
            throw new FormatException("COUNT and UNTIL must not both be given");
        }

        var until = parts.GetValueOrDefault("UNTIL");
        return new RecurrenceRuleSpec
        {
            Freq = freq,
            Interval = parts.TryGetValue("INTERVAL", out var i) ? Positive("INTERVAL", i) : 1,
            Count = parts.TryGetValue("COUNT", out var c) ? Positive("COUNT", c) : null,
            UntilInstant = until is not null && until.EndsWith('Z') ? new DateTimeOffset(Stamp(until[..^1], "UNTIL"), TimeSpan.Zero) : null,
            UntilLocal = until is not null && !until.EndsWith('Z') ? Stamp(until, "UNTIL") : null,
            ByDay = parts.TryGetValue("BYDAY", out var d) ? [.. d.Split(',').Select(ParseDay)] : [],
            ByMonthDay = parts.TryGetValue("BYMONTHDAY", out var md) ? Numbers("BYMONTHDAY", md, -31, 31) : [],
            ByMonth = parts.TryGetValue("BYMONTH", out var m) ? Numbers("BYMONTH", m, 1, 12) : [],
            WeekStart = parts.TryGetValue("WKST", out var w) ? Days.GetValueOrDefault(w, (DayOfWeek)(-1)) is var ws && ws >= 0 ? ws : throw new FormatException($"WKST={w} is not a weekday") : DayOfWeek.Monday,
        };
    }

    /// <summary>Reads <c>YYYYMMDD</c> or <c>YYYYMMDDTHHMMSS</c> (no zone suffix).</summary>
    public static DateTime Stamp(string value, string what)
    {
        string[] formats = ["yyyyMMdd'T'HHmmss", "yyyyMMdd"];
        return DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new FormatException($"{what} '{value}' is not YYYYMMDD or YYYYMMDDTHHMMSS[Z]");
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : throw new FormatException($"{name}={value} must be a positive integer");

    private static int[] Numbers(string name, string value, int min, int max) =>
        [.. value.Split(',').Select(v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max && n != 0
            ? n
            : throw new FormatException($"{name} item '{v}' must be a number from {min} to {max}, not 0"))];

    private static (int, DayOfWeek) ParseDay(string item)
    {
        var m = ByDayItem().Match(item);
        if (!m.Success)
        {
            throw new FormatException($"BYDAY item '{item}' is not [+-n]MO…SU");
        }

        var ordinal = m.Groups[1].Value.Length == 0 ? 0 : int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return (ordinal, Days[m.Groups[2].Value]);
    }

    [GeneratedRegex(@"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")]
    private static partial Regex ByDayItem();
}
