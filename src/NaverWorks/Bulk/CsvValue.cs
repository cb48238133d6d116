using System;
using System.Collections;
using System.Globalization;

namespace NaverWorks.Bulk
{
    /// <summary>
    /// Reading values the way CSV files and hashtables carry them: every cell is text (<c>TRUE</c>, <c>no</c>,
    /// <c>1</c>), an empty cell means "not given", and key names are written in any case.
    /// </summary>
    public static class CsvValue
    {
        /// <summary>True for null and for empty or blank text (an empty CSV cell).</summary>
        public static bool IsBlank(object? value) => value is null || value is string s && s.Trim().Length == 0;

        /// <summary>A boolean from a bool, a number or text (true/false, yes/no, y/n, 1/0, on/off); null when blank.</summary>
        /// <exception cref="FormatException">Text that is none of those.</exception>
        public static bool? ToBool(object? value)
        {
            switch (value)
            {
                case null: return null;
                case bool b: return b;
                case string s:
                    switch (s.Trim().ToLowerInvariant())
                    {
                        case "": return null;
                        case "true": case "yes": case "y": case "1": case "on": case "$true": return true;
                        case "false": case "no": case "n": case "0": case "off": case "$false": return false;
                        default: throw new FormatException($"'{s}' is not true or false.");
                    }
                case IConvertible c: return Convert.ToDouble(c, CultureInfo.InvariantCulture) != 0;
                default: throw new FormatException($"A {value.GetType().Name} is not true or false.");
            }
        }

        /// <summary>The first of <paramref name="keys"/> present in a dictionary (case-insensitive), or null.</summary>
        public static object? Get(IDictionary fields, params string[] keys)
        {
            foreach (DictionaryEntry entry in fields)
            {
                string? name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture);
                foreach (string key in keys)
                {
                    if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase)) return entry.Value;
                }
            }
            return null;
        }

        /// <summary>Text of a dictionary field, or null when absent or blank.</summary>
        public static string? GetText(IDictionary fields, params string[] keys)
        {
            object? v = Get(fields, keys);
            return IsBlank(v) ? null : Convert.ToString(v, CultureInfo.InvariantCulture)!.Trim();
        }
    }
}
