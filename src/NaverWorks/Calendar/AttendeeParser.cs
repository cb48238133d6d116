using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NaverWorks.Bulk;
using NaverWorks.Models;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// Attendees as users write them: <c>hana@example.com</c>, <c>Hana Sato &lt;hana@example.com&gt;</c>, several in one
    /// CSV cell separated by <c>;</c>, or a hashtable/object with email, displayName, partstat, isOptional, isResource.
    /// </summary>
    public static class AttendeeParser
    {
        /// <summary>The participation states the API knows.</summary>
        public static readonly IReadOnlyList<string> PartStats = new[] { "NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE" };

        private static readonly Regex Named = new Regex(@"^(?<name>.*?)\s*<(?<email>[^<>]+)>$", RegexOptions.CultureInvariant);

        /// <summary>Reads one or more attendees from text.</summary>
        /// <exception cref="FormatException">A piece that has no email address.</exception>
        public static IEnumerable<EventAttendee> Parse(string text)
        {
            foreach (string piece in Split(text))
            {
                Match m = Named.Match(piece);
                string email = m.Success ? m.Groups["email"].Value.Trim() : piece;
                string? name = m.Success ? m.Groups["name"].Value.Trim().Trim('"') : null;
                yield return new EventAttendee { Email = Email(email), DisplayName = string.IsNullOrEmpty(name) ? null : name };
            }
        }

        // A display name may hold a comma ("Sato, Hana <…>"); a comma separates attendees only in a plain address list.
        private static IEnumerable<string> Split(string text) =>
            text.Split(new[] { ';', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(p => p.IndexOf('<') >= 0 ? new[] { p } : p.Split(','))
                .Select(p => p.Trim())
                .Where(p => p.Length > 0);

        /// <summary>Reads an attendee from a hashtable or object's fields.</summary>
        /// <exception cref="FormatException">No email (or id), or an unknown partstat.</exception>
        public static EventAttendee FromFields(IDictionary fields)
        {
            string? email = CsvValue.GetText(fields, "email", "mail", "address");
            string? id = CsvValue.GetText(fields, "id", "userId");
            if (email is null && id is null) throw new FormatException("an attendee needs an Email (or an Id).");
            return new EventAttendee
            {
                Id = id,
                Email = email is null ? null : Email(email),
                DisplayName = CsvValue.GetText(fields, "displayName", "name"),
                Partstat = CsvValue.GetText(fields, "partstat", "status", "response") is string p ? PartStat(p) : null,
                IsOptional = CsvValue.ToBool(CsvValue.Get(fields, "isOptional", "optional")),
                IsResource = CsvValue.ToBool(CsvValue.Get(fields, "isResource", "resource")),
                ResourceValue = CsvValue.GetText(fields, "resourceValue"),
            };
        }

        /// <summary>Normalises a participation state (<c>needs-action</c>, <c>NeedsAction</c>, <c>accepted</c>…).</summary>
        public static string PartStat(string text)
        {
            string compact = text.Trim().ToUpperInvariant().Replace("-", "").Replace("_", "").Replace(" ", "");
            string? known = PartStats.FirstOrDefault(p => p.Replace("-", "") == compact);
            return known ?? throw new FormatException($"partstat '{text}' is not one of {string.Join(", ", PartStats)}.");
        }

        private static string Email(string text)
        {
            string e = text.Trim();
            int at = e.IndexOf('@');
            if (at <= 0 || at == e.Length - 1 || e.Any(char.IsWhiteSpace)) throw new FormatException($"'{text}' is not an email address.");
            return e;
        }
    }
}
