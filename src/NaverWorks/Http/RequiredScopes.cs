using System;
using System.Collections.Generic;
using System.Linq;

namespace NaverWorks.Http
{
    /// <summary>
    /// Which OAuth scope an API path needs, so a 403 can name it. The scope is <c>x</c> for any method and also
    /// <c>x.read</c> for GET; users, org units and groups are covered by <c>directory</c> as well (API 2.0 scope
    /// documentation). The table lists path prefixes, most specific first; <c>*</c> stands for one id.
    /// </summary>
    internal static class RequiredScopes
    {
        private static readonly (string[] Prefix, string Scope, bool HasRead)[] Table = new[]
        {
            Entry("users/*/calendar", "calendar"), Entry("users/*/calendar-personals", "calendar"), Entry("users/*/calendars", "calendar"),
            Entry("calendars", "calendar"),
            Entry("users/*/mail", "mail"), Entry("users/*/drive", "file"), Entry("sharedrives", "file"),
            Entry("users/*/tasks", "task"), Entry("users/*/task-categories", "task"), Entry("tasks", "task"),
            Entry("groups/*/note", "group.note"), Entry("groups/*/folder", "group.folder"),
            Entry("bots", "bot"), Entry("boards", "board"), Entry("forms", "form"), Entry("contacts", "contact"),
            Entry("audits", "audit.read", hasRead: false),
            Entry("users", "user"), Entry("orgunits", "orgunit"), Entry("groups", "group"), Entry("directory", "directory"),
        };

        private static readonly HashSet<string> DirectoryFamilies = new HashSet<string>(StringComparer.Ordinal) { "user", "orgunit", "group" };

        /// <summary>
        /// The scopes any one of which allows <paramref name="method"/> on <paramref name="path"/> (relative to the API
        /// base, e.g. <c>/users/u1/calendar/events</c>), the one to add first; empty when the path is not in the table.
        /// </summary>
        public static IReadOnlyList<string> For(string method, string? path)
        {
            if (string.IsNullOrEmpty(path)) return Array.Empty<string>();
            string[] segments = path!.Split('?')[0].Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            foreach (var (prefix, scope, hasRead) in Table)
            {
                if (!StartsWith(segments, prefix)) continue;
                bool read = string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase);
                var scopes = new List<string> { scope };
                if (read && hasRead) scopes.Add(scope + ".read");
                if (DirectoryFamilies.Contains(scope))
                {
                    scopes.Add("directory");
                    if (read) scopes.Add("directory.read");
                }
                else if (scope == "directory" && read)
                {
                    scopes.Add("directory.read");
                }
                return scopes;
            }
            return Array.Empty<string>();
        }

        private static (string[] Prefix, string Scope, bool HasRead) Entry(string prefix, string scope, bool hasRead = true) =>
            (prefix.Split('/'), scope, hasRead);

        private static bool StartsWith(string[] segments, string[] prefix) =>
            segments.Length >= prefix.Length && prefix.Select((p, i) => p == "*" || string.Equals(p, segments[i], StringComparison.Ordinal)).All(m => m);
    }
}
