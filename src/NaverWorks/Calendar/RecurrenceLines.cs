using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// An event's <c>recurrence</c> list (RFC 5545 content lines): validated before sending, and the
    /// <c>UNTIL</c>/<c>EXDATE</c> values written the way RFC 5545 wants them for a timed or an all-day series.
    /// </summary>
    public static class RecurrenceLines
    {
        /// <summary>The API accepts at most this many lines.</summary>
        public const int MaxLines = 100;

        private static readonly Regex DateLine = new Regex(@"^(EXDATE|RDATE)((?:;[A-Z-]+=[^;:]+)*):(.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex DateValue = new Regex(@"^\d{8}$", RegexOptions.CultureInvariant);
        private static readonly Regex DateTimeValue = new Regex(@"^\d{8}T\d{6}Z?$", RegexOptions.CultureInvariant);

        /// <summary>Checks every line and returns them trimmed, with property names upper-cased.</summary>
        /// <exception cref="FormatException">A line is malformed; the message quotes it.</exception>
        public static List<string> Validate(IEnumerable<string> lines)
        {
            var result = new List<string>();
            int rules = 0;
            foreach (string raw in lines)
            {
                string line = (raw ?? "").Trim();
                if (line.Length == 0) continue;
                try
                {
                    if (line.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
                    {
                        if (++rules > 1) throw new FormatException("only one RRULE is allowed.");
                        result.Add(RecurrenceRule.Parse(line).ToString());
                    }
                    else
                    {
                        result.Add(ValidateDateLine(line));
                    }
                }
                catch (FormatException ex)
                {
                    throw new FormatException($"'{line}': {ex.Message}", ex);
                }
            }
            if (result.Count > MaxLines) throw new FormatException($"{result.Count} lines; the API takes at most {MaxLines}.");
            if (rules == 0 && result.Count > 0 && result.All(l => l.StartsWith("EXDATE", StringComparison.Ordinal)))
                throw new FormatException("EXDATE lines need an RRULE to take occurrences out of.");
            return result;
        }

        private static string ValidateDateLine(string line)
        {
            Match m = DateLine.Match(line);
            if (!m.Success)
                throw new FormatException("a line must be RRULE:…, EXDATE[;TZID=zone]:YYYYMMDDTHHMMSS[,…] or RDATE…; other properties are not accepted.");
            string name = m.Groups[1].Value.ToUpperInvariant();
            bool dateOnly = false;
            var parameters = new List<string>();
            foreach (string p in m.Groups[2].Value.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = p.IndexOf('=');
                string key = p.Substring(0, eq).ToUpperInvariant(), value = p.Substring(eq + 1);
                switch (key)
                {
                    case "TZID":
                        TimeZones.ToIana(value); // an unknown zone is refused here rather than ignored by the service
                        break;
                    case "VALUE":
                        value = value.ToUpperInvariant();
                        if (value != "DATE" && value != "DATE-TIME") throw new FormatException($"VALUE={value} must be DATE or DATE-TIME.");
                        dateOnly = value == "DATE";
                        break;
                    default:
                        throw new FormatException($"the parameter {key} is not supported (TZID and VALUE are).");
                }
                parameters.Add(key + "=" + value);
            }
            foreach (string v in m.Groups[3].Value.Split(','))
            {
                bool ok = dateOnly ? DateValue.IsMatch(v) : DateTimeValue.IsMatch(v) || DateValue.IsMatch(v);
                if (!ok || !IsRealDate(v)) throw new FormatException($"'{v}' is not {(dateOnly ? "YYYYMMDD" : "YYYYMMDDTHHMMSS[Z]")}.");
            }
            return name + string.Concat(parameters.Select(p => ";" + p)) + ":" + m.Groups[3].Value.ToUpperInvariant();
        }

        private static bool IsRealDate(string v) =>
            DateTime.TryParseExact(v.Substring(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        /// <summary>
        /// The <c>UNTIL</c> value: a date for an all-day series; for a timed one the UTC instant (RFC 5545 requires
        /// UTC when the start has a zone), a bare date meaning the end of that day in the event's zone.
        /// </summary>
        public static string Until(EventTimeValue until, string zone, bool allDay)
        {
            var c = CultureInfo.InvariantCulture;
            if (allDay) return until.Day.ToString("yyyyMMdd", c);
            DateTimeOffset instant = until.IsDateOnly ? TimeZones.ToInstant(until.Day.AddDays(1).AddSeconds(-1), zone) : until.InstantIn(zone);
            return instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", c);
        }

        /// <summary>
        /// One <c>EXDATE</c> line for the occurrences to skip: dates for an all-day series; for a timed one local times
        /// with the event's <c>TZID</c>, a bare date taking the series' start time.
        /// </summary>
        public static string ExceptionLine(IEnumerable<EventTimeValue> dates, DateTime startWallClock, string zone, bool allDay)
        {
            var c = CultureInfo.InvariantCulture;
            if (allDay) return "EXDATE;VALUE=DATE:" + string.Join(",", dates.Select(d => d.Day.ToString("yyyyMMdd", c)));
            IEnumerable<string> values = dates.Select(d => (d.IsDateOnly ? d.Day + startWallClock.TimeOfDay : d.WallClockIn(zone)).ToString("yyyyMMdd'T'HHmmss", c));
            return $"EXDATE;TZID={zone}:" + string.Join(",", values);
        }

        /// <summary>Whether a line is the series' RRULE.</summary>
        public static bool IsRule(string line) => line.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a line is an EXDATE line.</summary>
        public static bool IsException(string line) => line.StartsWith("EXDATE", StringComparison.OrdinalIgnoreCase);
    }
}
