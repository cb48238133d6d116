using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// An RFC 5545 <c>RRULE</c>: parsed strictly enough that a typo is an argument error on the caller's machine
    /// rather than a 400 after the request (or, worse, a series the service reads differently), and edited part by
    /// part so <c>Set-WorksEvent -Until</c> keeps the rest of an existing rule.
    /// </summary>
    public sealed class RecurrenceRule
    {
        /// <summary>The frequencies calendars support.</summary>
        public static readonly IReadOnlyList<string> Frequencies = new[] { "DAILY", "WEEKLY", "MONTHLY", "YEARLY" };

        private static readonly string[] Weekdays = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
        private static readonly Regex ByDayItem = new Regex(@"^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$", RegexOptions.CultureInvariant);
        private static readonly Regex UntilValue = new Regex(@"^\d{8}(T\d{6}Z?)?$", RegexOptions.CultureInvariant);

        // Every rule part RFC 5545 defines, with the range of its integer items (null for parts validated separately).
        private static readonly Dictionary<string, (int Min, int Max)?> Parts = new Dictionary<string, (int, int)?>(StringComparer.Ordinal)
        {
            ["FREQ"] = null, ["UNTIL"] = null, ["COUNT"] = null, ["INTERVAL"] = null, ["BYDAY"] = null, ["WKST"] = null,
            ["BYSECOND"] = (0, 60), ["BYMINUTE"] = (0, 59), ["BYHOUR"] = (0, 23), ["BYMONTHDAY"] = (-31, 31),
            ["BYYEARDAY"] = (-366, 366), ["BYWEEKNO"] = (-53, 53), ["BYMONTH"] = (1, 12), ["BYSETPOS"] = (-366, 366),
        };

        // Insertion-ordered, so a rule read and written back is unchanged.
        private readonly List<KeyValuePair<string, string>> _parts = new List<KeyValuePair<string, string>>();

        /// <summary>A rule with only a frequency.</summary>
        public RecurrenceRule(string frequency) => Set("FREQ", frequency.ToUpperInvariant());

        private RecurrenceRule() { }

        /// <summary>The rule's parts in order.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> RuleParts => _parts;

        /// <summary>A part's value, or null.</summary>
        public string? this[string name] => _parts.FirstOrDefault(p => p.Key == name).Value;

        /// <summary>Reads an <c>RRULE:…</c> line (the <c>RRULE:</c> prefix is optional) and validates it.</summary>
        /// <exception cref="FormatException">The rule is malformed; the message says which part and why.</exception>
        public static RecurrenceRule Parse(string line)
        {
            string text = line.Trim();
            if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase)) text = text.Substring(6);
            if (text.Length == 0) throw new FormatException("the RRULE is empty.");
            var rule = new RecurrenceRule();
            foreach (string piece in text.Split(';'))
            {
                int eq = piece.IndexOf('=');
                if (eq <= 0) throw new FormatException($"'{piece}' in the RRULE is not NAME=VALUE.");
                string name = piece.Substring(0, eq).Trim().ToUpperInvariant();
                string value = piece.Substring(eq + 1).Trim().ToUpperInvariant();
                if (!Parts.ContainsKey(name)) throw new FormatException($"the RRULE part '{name}' is not defined by RFC 5545.");
                if (rule[name] is not null) throw new FormatException($"the RRULE has {name} twice.");
                rule._parts.Add(new KeyValuePair<string, string>(name, value));
            }
            rule.Validate();
            return rule;
        }

        /// <summary>Sets (or, with null, removes) a part, keeping the others in place.</summary>
        public RecurrenceRule Set(string name, string? value)
        {
            int index = _parts.FindIndex(p => p.Key == name);
            if (value is null)
            {
                if (index >= 0) _parts.RemoveAt(index);
            }
            else if (index >= 0)
            {
                _parts[index] = new KeyValuePair<string, string>(name, value);
            }
            else
            {
                _parts.Add(new KeyValuePair<string, string>(name, value));
            }
            return this;
        }

        /// <summary>Checks every part; throws <see cref="FormatException"/> naming the first problem.</summary>
        public void Validate()
        {
            string? freq = this["FREQ"];
            if (freq is null) throw new FormatException("the RRULE has no FREQ.");
            if (!Frequencies.Contains(freq)) throw new FormatException($"FREQ={freq} is not one of {string.Join(", ", Frequencies)}.");
            if (this["COUNT"] is not null && this["UNTIL"] is not null) throw new FormatException("an RRULE may have COUNT or UNTIL, not both.");
            PositiveInteger("COUNT");
            PositiveInteger("INTERVAL");
            if (this["UNTIL"] is string until && !UntilValue.IsMatch(until))
                throw new FormatException($"UNTIL={until} is not YYYYMMDD or YYYYMMDDTHHMMSSZ.");
            if (this["WKST"] is string wkst && !Weekdays.Contains(wkst)) throw new FormatException($"WKST={wkst} is not a weekday (MO…SU).");
            if (this["BYDAY"] is string byDay) ValidateByDay(byDay, freq);
            foreach (var part in _parts)
            {
                if (Parts[part.Key] is not (int min, int max)) continue;
                foreach (string item in part.Value.Split(','))
                {
                    if (!int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) || n < min || n > max || (n == 0 && min < 0))
                        throw new FormatException($"{part.Key}={part.Value}: '{item}' is not a number from {min} to {max}{(min < 0 ? " (not 0)" : "")}.");
                }
            }
        }

        private void PositiveInteger(string name)
        {
            if (this[name] is string v && (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1))
                throw new FormatException($"{name}={v} is not a positive whole number.");
        }

        private static void ValidateByDay(string value, string freq)
        {
            foreach (string item in value.Split(','))
            {
                Match m = ByDayItem.Match(item);
                if (!m.Success) throw new FormatException($"BYDAY item '{item}' is not a weekday (MO…SU), optionally with an ordinal such as 1MO or -1FR.");
                if (m.Groups[2].Success)
                {
                    int ordinal = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                    if (freq != "MONTHLY" && freq != "YEARLY")
                        throw new FormatException($"BYDAY={item}: an ordinal weekday only makes sense with FREQ=MONTHLY or YEARLY.");
                    if (ordinal < 1 || ordinal > 53) throw new FormatException($"BYDAY={item}: the ordinal must be 1 to 53.");
                }
                else if (m.Groups[1].Value.Length > 0)
                {
                    throw new FormatException($"BYDAY item '{item}' has a sign but no number.");
                }
            }
        }

        /// <summary>Normalises one weekday as users write it (<c>Monday</c>, <c>mon</c>, <c>MO</c>, <c>-1FR</c>) to its RRULE form.</summary>
        /// <exception cref="FormatException">Not a weekday.</exception>
        public static string WeekdayCode(string text)
        {
            string t = text.Trim().ToUpperInvariant();
            Match m = Regex.Match(t, @"^([+-]?\d{1,2})?([A-Z]+)$", RegexOptions.CultureInvariant);
            if (m.Success)
            {
                string word = m.Groups[2].Value;
                string? code = Weekdays.FirstOrDefault(d => word.Length >= 2 && EnglishDay(d).StartsWith(word, StringComparison.Ordinal));
                if (code is not null) return m.Groups[1].Value + code;
            }
            throw new FormatException($"'{text}' is not a weekday; use MO, TU, WE, TH, FR, SA, SU (or Monday…), optionally with an ordinal such as 1MO or -1FR.");
        }

        private static string EnglishDay(string code) => code switch
        {
            "MO" => "MONDAY", "TU" => "TUESDAY", "WE" => "WEDNESDAY", "TH" => "THURSDAY",
            "FR" => "FRIDAY", "SA" => "SATURDAY", _ => "SUNDAY",
        };

        /// <summary>The line as it goes on the wire, e.g. <c>RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE</c>.</summary>
        public override string ToString() => "RRULE:" + string.Join(";", _parts.Select(p => p.Key + "=" + p.Value));
    }
}
