using System;
using System.Collections.Generic;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// The path of each node of an org chart, "본사 > 영업본부 > 국내영업팀", from flat (id, parent, name) rows: what
    /// an administrator recognises a team by when several share a name.
    /// </summary>
    internal static class TreePaths
    {
        /// <summary>The separator between levels.</summary>
        public const string Separator = " > ";

        /// <summary>Id → path for every row; a missing parent ends the path, a cycle is cut where it closes.</summary>
        public static Dictionary<string, string> Of<T>(IEnumerable<T> rows, Func<T, string> id, Func<T, string?> parent, Func<T, string?> name)
        {
            var byId = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (T row in rows) byId[id(row)] = row;
            var paths = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in byId)
            {
                var names = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                string? current = pair.Key;
                while (current is not null && seen.Add(current) && byId.TryGetValue(current, out T? row))
                {
                    names.Add(name(row!) ?? current);
                    current = parent(row!);
                }
                names.Reverse();
                paths[pair.Key] = string.Join(Separator, names);
            }
            return paths;
        }
    }
}
