using System;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NaverWorks.Bulk;
using NaverWorks.Models;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// Reminders as users write them (<c>PT15M</c>, <c>EMAIL:PT15M</c>, a TimeSpan, <c>@{Method='Email';Trigger='P1D'}</c>)
    /// to the API's <c>{"method":"EMAIL","trigger":"-PT15M"}</c>: method upper case, trigger negative (before the start).
    /// </summary>
    public static class ReminderParser
    {
        /// <summary>The method when none is given: the notification in the apps.</summary>
        public const string DefaultMethod = "DISPLAY";

        private static readonly Regex Duration = new Regex(
            @"^(?<sign>[+-])?P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+)S)?)?$",
            RegexOptions.CultureInvariant);

        /// <summary>Reads <c>[METHOD:]DURATION</c>, e.g. <c>PT15M</c>, <c>EMAIL:PT15M</c>, <c>display:-P1D</c>.</summary>
        /// <exception cref="FormatException">Not a method and an ISO 8601 duration.</exception>
        public static EventReminder Parse(string text)
        {
            string t = text.Trim();
            int colon = t.IndexOf(':');
            string? method = colon > 0 ? t.Substring(0, colon) : null;
            string trigger = colon > 0 ? t.Substring(colon + 1) : t;
            return Create(method, trigger);
        }

        /// <summary>A reminder <paramref name="before"/> the start.</summary>
        public static EventReminder FromTimeSpan(TimeSpan before, string? method = null) => Create(method, before);

        /// <summary>From a hashtable or object with <c>Method</c> and <c>Trigger</c> (a duration string or a TimeSpan).</summary>
        public static EventReminder FromFields(IDictionary fields)
        {
            object? trigger = CsvValue.Get(fields, "trigger", "before", "duration");
            if (CsvValue.IsBlank(trigger)) throw new FormatException("a reminder needs a Trigger, e.g. @{Method='EMAIL'; Trigger='PT15M'}.");
            return Create(CsvValue.GetText(fields, "method"), trigger!);
        }

        private static EventReminder Create(string? method, object trigger) => new EventReminder
        {
            Method = Method(method),
            Trigger = trigger is TimeSpan span ? "-" + ToIsoDuration(span.Duration()) : Trigger(Convert.ToString(trigger, CultureInfo.InvariantCulture) ?? ""),
        };

        private static string Method(string? method)
        {
            if (string.IsNullOrWhiteSpace(method)) return DefaultMethod;
            string m = method!.Trim().ToUpperInvariant();
            if (m == "DISPLAY" || m == "EMAIL") return m;
            throw new FormatException($"the reminder method '{method}' is not DISPLAY or EMAIL.");
        }

        private static string Trigger(string text)
        {
            string t = text.Trim().ToUpperInvariant();
            Match m = Duration.Match(t);
            bool hasNumber = m.Success && (m.Groups["w"].Success || m.Groups["d"].Success || m.Groups["h"].Success || m.Groups["m"].Success || m.Groups["s"].Success);
            if (!hasNumber || t.EndsWith("T", StringComparison.Ordinal))
                throw new FormatException($"'{text}' is not an ISO 8601 duration such as PT15M, PT1H or P1D.");
            if (m.Groups["sign"].Value == "+")
                throw new FormatException($"'{text}': reminders go off before the start; write the time before it, e.g. PT15M.");
            return t.StartsWith("-", StringComparison.Ordinal) ? t : "-" + t;
        }

        /// <summary>Writes a TimeSpan as an ISO 8601 duration (<c>P1DT2H</c>, <c>PT15M</c>, <c>PT0S</c>).</summary>
        public static string ToIsoDuration(TimeSpan span)
        {
            var sb = new StringBuilder("P");
            if (span.Days > 0) sb.Append(span.Days).Append('D');
            if (span.Hours > 0 || span.Minutes > 0 || span.Seconds > 0 || span.Days == 0)
            {
                sb.Append('T');
                if (span.Hours > 0) sb.Append(span.Hours).Append('H');
                if (span.Minutes > 0) sb.Append(span.Minutes).Append('M');
                if (span.Seconds > 0 || (span.Days == 0 && span.Hours == 0 && span.Minutes == 0)) sb.Append(span.Seconds).Append('S');
            }
            return sb.ToString();
        }
    }
}
