using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using NaverWorks.Bulk;
using NaverWorks.Models;

namespace NaverWorks.Calendar
{
    /// <summary>
    /// Shared-calendar members as users write them: an id or email (a user who may read and write events), or a
    /// hashtable/object with Id, Type (User, Group, OrgUnit) and Role.
    /// </summary>
    public static class CalendarMemberParser
    {
        /// <summary>The roles, most to least capable.</summary>
        public static readonly IReadOnlyList<string> Roles = new[] { "CALENDAR_EVENT_READ_WRITE", "EVENT_READ_WRITE", "EVENT_READ", "EVENT_READ_FREE_BUSY" };

        /// <summary>The member types.</summary>
        public static readonly IReadOnlyList<string> Types = new[] { "USER", "GROUP", "ORGUNIT" };

        /// <summary>The role a member gets when none is given: read and write events, not manage the calendar.</summary>
        public const string DefaultRole = "EVENT_READ_WRITE";

        /// <summary>A user member with the default role.</summary>
        public static CalendarMember Parse(string id)
        {
            if (string.IsNullOrWhiteSpace(id)) throw new FormatException("a member needs an Id.");
            return new CalendarMember { Id = id.Trim(), Type = "USER", Role = DefaultRole };
        }

        /// <summary>A member from a hashtable or object's fields.</summary>
        public static CalendarMember FromFields(IDictionary fields)
        {
            string id = CsvValue.GetText(fields, "id", "userId", "groupId", "orgUnitId", "email") ?? throw new FormatException("a member needs an Id.");
            return new CalendarMember
            {
                Id = id,
                Type = CsvValue.GetText(fields, "type") is string t ? Normalise(t, Types, "type") : "USER",
                Role = CsvValue.GetText(fields, "role") is string r ? Role(r) : DefaultRole,
            };
        }

        /// <summary>Normalises a role (<c>EventReadWrite</c>, <c>event_read</c>, <c>FreeBusy</c>…).</summary>
        public static string Role(string text) =>
            Compact(text) == "FREEBUSY" ? "EVENT_READ_FREE_BUSY" : Normalise(text, Roles, "role");

        private static string Normalise(string text, IReadOnlyList<string> known, string what) =>
            known.FirstOrDefault(k => Compact(k) == Compact(text))
            ?? throw new FormatException($"{what} '{text}' is not one of {string.Join(", ", known)}.");

        private static string Compact(string s) => s.Trim().ToUpperInvariant().Replace("_", "").Replace("-", "").Replace(" ", "");
    }
}
