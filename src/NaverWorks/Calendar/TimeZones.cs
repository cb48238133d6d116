using System;
using System.Linq;
using TimeZoneConverter;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// Time zone names: the API speaks IANA (<c>Asia/Seoul</c>), Windows administrators often think in Windows
    /// names (<c>Korea Standard Time</c>), and Windows PowerShell 5.1 can look up only the latter. TimeZoneConverter
    /// bridges both ways on every platform.
    /// </summary>
    public static class TimeZones
    {
        /// <summary>The IANA name for an IANA or Windows zone name (case-insensitive).</summary>
        /// <exception cref="ArgumentException">The name is neither.</exception>
        public static string ToIana(string name)
        {
            string trimmed = name.Trim();
            string? known = TZConvert.KnownIanaTimeZoneNames.FirstOrDefault(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase));
            if (known is not null) return known;
            string? windows = TZConvert.KnownWindowsTimeZoneIds.FirstOrDefault(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase));
            if (windows is not null && TZConvert.TryWindowsToIana(windows, out string? iana) && iana is not null) return iana;
            throw new ArgumentException($"'{name}' is not an IANA time zone (such as Asia/Seoul) or a Windows one (such as Korea Standard Time).");
        }

        /// <summary>This computer's zone as an IANA name (UTC when it has none).</summary>
        public static string LocalIana()
        {
            try
            {
                return ToIana(TimeZoneInfo.Local.Id);
            }
            catch (ArgumentException)
            {
                return "UTC";
            }
        }

        /// <summary>The zone for an IANA (or Windows) name, on Windows PowerShell 5.1 too.</summary>
        public static TimeZoneInfo Find(string name) => TZConvert.GetTimeZoneInfo(name);

        /// <summary>The instant of a wall-clock time in a zone (the later offset when the clock is ambiguous, skipped times move forward).</summary>
        public static DateTimeOffset ToInstant(DateTime wallClock, string zone)
        {
            TimeZoneInfo tz = Find(zone);
            var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
            if (tz.IsInvalidTime(local)) local = local.AddHours(1);
            return new DateTimeOffset(local, tz.GetUtcOffset(local));
        }

        /// <summary>The wall-clock time of an instant in a zone.</summary>
        public static DateTime ToWallClock(DateTimeOffset instant, string zone) =>
            DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Find(zone)).DateTime, DateTimeKind.Unspecified);
    }
}
