using System;
using System.Collections.Generic;
using System.Globalization;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// An event query window. The API answers at most 31 days per request, so longer windows are cut into
    /// consecutive slices of at most that length.
    /// </summary>
    public sealed class EventWindow
    {
        /// <summary>The longest window one request may ask for.</summary>
        public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(31);

        /// <summary>Creates a window; <paramref name="until"/> must be after <paramref name="from"/>.</summary>
        public EventWindow(DateTimeOffset from, DateTimeOffset until)
        {
            if (until <= from) throw new ArgumentException($"The end of the window ({Format(until)}) must be after its start ({Format(from)}).");
            From = from;
            Until = until;
        }

        /// <summary>Start (inclusive).</summary>
        public DateTimeOffset From { get; }

        /// <summary>End (exclusive).</summary>
        public DateTimeOffset Until { get; }

        /// <summary>A calendar month (<c>2024-03</c>) in the given zone.</summary>
        public static EventWindow Month(int year, int month, string zone)
        {
            var first = new DateTime(year, month, 1);
            return new EventWindow(TimeZones.ToInstant(first, zone), TimeZones.ToInstant(first.AddMonths(1), zone));
        }

        /// <summary>The slices to request, in order; each at most <see cref="MaxSpan"/>.</summary>
        public IEnumerable<EventWindow> Slices()
        {
            for (DateTimeOffset start = From; start < Until; start += MaxSpan)
            {
                DateTimeOffset end = start + MaxSpan < Until ? start + MaxSpan : Until;
                yield return new EventWindow(start, end);
            }
        }

        /// <summary>The API's query format, <c>YYYY-MM-DDThh:mm:ss+09:00</c> (the transport escapes the <c>+</c>).</summary>
        public static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public override string ToString() => $"{Format(From)} – {Format(Until)}";
    }
}
