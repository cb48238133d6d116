using System;
using System.Globalization;
using NaverWorks.Models;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// A point in time as a user gives it to the calendar cmdlets: a date (<c>2024-06-10</c>, <c>20240610</c>), a
    /// wall-clock time that takes the event's time zone (<c>2024-06-10T14:00:00</c>, a <c>[datetime]</c>), or an
    /// instant (<c>[datetimeoffset]</c>, a UTC <c>[datetime]</c>, <c>2024-06-10T05:00:00Z</c>, <c>20240610T050000Z</c>).
    /// </summary>
    public sealed class EventTimeValue
    {
        private static readonly string[] DateFormats = { "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd" };
        private static readonly string[] WallFormats =
        {
            "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyyMMdd'T'HHmmss", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm",
        };
        private static readonly string[] InstantFormats =
        {
            "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
            "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyyMMdd'T'HHmmss'Z'",
        };

        private EventTimeValue(DateTime clock, TimeSpan? offset, bool isDateOnly)
        {
            Clock = DateTime.SpecifyKind(clock, DateTimeKind.Unspecified);
            Offset = offset;
            IsDateOnly = isDateOnly;
        }

        private EventTimeValue(string text, string problem)
        {
            Text = text;
            Problem = problem;
        }

        /// <summary>
        /// Why the text given was not a time, or null. A CSV cell that does not parse is kept as an invalid value
        /// rather than refused while binding, so the error is reported for its row (rows PowerShell refuses never
        /// reach the cmdlet and would shift every later row's number).
        /// </summary>
        public string? Problem { get; }

        /// <summary>The text an invalid value was read from.</summary>
        public string? Text { get; }

        /// <summary>Reads <paramref name="text"/>, or returns an invalid value that carries the reason.</summary>
        public static EventTimeValue ParseOrInvalid(string text)
        {
            try
            {
                return Parse(text);
            }
            catch (FormatException ex)
            {
                return new EventTimeValue(text, ex.Message);
            }
        }

        /// <summary>Throws <see cref="EventFieldException"/> for <paramref name="field"/> when the value is invalid.</summary>
        public EventTimeValue Require(string field) => Problem is null ? this : throw new EventFieldException(field, Problem);

        /// <summary>The date, or the clock time as written (in <see cref="Offset"/> when that is set).</summary>
        public DateTime Clock { get; }

        /// <summary>The UTC offset of an instant; null for dates and wall-clock times.</summary>
        public TimeSpan? Offset { get; }

        /// <summary>True for a date without a time.</summary>
        public bool IsDateOnly { get; }

        /// <summary>True for an instant (its own offset decides the time, not the event's zone).</summary>
        public bool IsInstant => Offset.HasValue;

        /// <summary>A date.</summary>
        public static EventTimeValue FromDate(DateTime date) => new EventTimeValue(date.Date, null, true);

        /// <summary>A wall-clock time in whatever zone the event uses.</summary>
        public static EventTimeValue FromWallClock(DateTime clock) => new EventTimeValue(clock, null, false);

        /// <summary>An instant.</summary>
        public static EventTimeValue FromInstant(DateTimeOffset instant) => new EventTimeValue(instant.DateTime, instant.Offset, false);

        /// <summary>
        /// A <c>[datetime]</c>: UTC ones are instants; local and unspecified ones are wall-clock times in the event's
        /// zone, which is what a script means by <c>[datetime]'2024-06-10 14:00'</c> next to <c>-TimeZone</c>.
        /// </summary>
        public static EventTimeValue FromDateTime(DateTime value) =>
            value.Kind == DateTimeKind.Utc ? FromInstant(new DateTimeOffset(value)) : FromWallClock(value);

        /// <summary>Reads the strings the original tool took, ISO 8601 and iCalendar forms.</summary>
        /// <exception cref="FormatException">Not one of the accepted forms.</exception>
        public static EventTimeValue Parse(string text)
        {
            string s = text.Trim();
            var culture = CultureInfo.InvariantCulture;
            if (DateTime.TryParseExact(s, DateFormats, culture, DateTimeStyles.None, out DateTime date)) return FromDate(date);
            if (DateTime.TryParseExact(s, WallFormats, culture, DateTimeStyles.None, out DateTime wall)) return FromWallClock(wall);
            if (DateTimeOffset.TryParseExact(s, InstantFormats, culture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant))
                return FromInstant(instant);
            throw new FormatException(
                $"'{text}' is not a date or time. Use YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss, YYYYMMDDTHHmmssZ, an ISO 8601 time with an offset, or a [datetime].");
        }

        /// <summary>Converts a parameter value: <c>[datetime]</c>, <c>[datetimeoffset]</c>, a string, or an <see cref="EventTimeValue"/>.</summary>
        /// <exception cref="FormatException">A string that does not parse.</exception>
        /// <exception cref="ArgumentException">Another type.</exception>
        public static EventTimeValue From(object value) => value switch
        {
            EventTimeValue v => v,
            DateTimeOffset o => FromInstant(o),
            DateTime d => FromDateTime(d),
            string s => Parse(s),
            _ => throw new ArgumentException($"A {value.GetType().Name} is not a date or time; give a [datetime], a [datetimeoffset] or a string such as 2024-06-10T14:00:00."),
        };

        /// <summary>The wall-clock time in <paramref name="zone"/> (instants converted, others as written).</summary>
        public DateTime WallClockIn(string zone) => Offset is TimeSpan o ? TimeZones.ToWallClock(new DateTimeOffset(Clock, o), zone) : Clock;

        /// <summary>The instant this value means in <paramref name="zone"/>.</summary>
        public DateTimeOffset InstantIn(string zone) => Offset is TimeSpan o ? new DateTimeOffset(Clock, o) : TimeZones.ToInstant(Clock, zone);

        /// <summary>The day as written (an instant's own date: a user writing 2024-06-10T00:00+09:00 means the 10th).</summary>
        public DateTime Day => Clock.Date;

        /// <summary>True when the time is midnight (a date given as a <c>[datetime]</c> or read back from an all-day event).</summary>
        public bool IsMidnight => Clock.TimeOfDay == TimeSpan.Zero;

        /// <summary>The API's <c>start</c>/<c>end</c> object: a date for all-day events, else local time with the zone.</summary>
        public EventTime ToEventTime(string zone, bool allDay) => allDay
            ? new EventTime { Date = Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            : new EventTime { DateTime = FormatWallClock(WallClockIn(zone)), TimeZone = zone };

        /// <summary>Formats a wall-clock time as the API wants it (seconds included, no offset).</summary>
        public static string FormatWallClock(DateTime clock) => clock.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        /// <summary>Reads an API <c>start</c>/<c>end</c> back (null when it is empty or malformed).</summary>
        public static EventTimeValue? FromEventTime(EventTime? time)
        {
            if (time is null) return null;
            var culture = CultureInfo.InvariantCulture;
            if (!string.IsNullOrEmpty(time.DateTime) &&
                DateTime.TryParseExact(time.DateTime, WallFormats, culture, DateTimeStyles.None, out DateTime wall))
                return FromWallClock(wall);
            if (!string.IsNullOrEmpty(time.Date) && DateTime.TryParseExact(time.Date, DateFormats, culture, DateTimeStyles.None, out DateTime date))
                return FromDate(date);
            return null;
        }

        /// <inheritdoc />
        public override string ToString()
        {
            var c = CultureInfo.InvariantCulture;
            if (Problem is not null) return Text ?? "";
            if (IsDateOnly) return Clock.ToString("yyyy-MM-dd", c);
            return Offset is TimeSpan o ? new DateTimeOffset(Clock, o).ToString("yyyy-MM-dd'T'HH:mm:sszzz", c) : FormatWallClock(Clock);
        }
    }
}
