using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using NaverWorks.Auth;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// Normalises parameter values as CSV rows deliver them: an empty cell means "not given" (the API refuses
    /// empty strings), surrounding spaces are dropped, and codes get the API's spelling.
    /// </summary>
    internal static class WorkplaceInput
    {
        /// <summary>The trimmed text, or null when empty.</summary>
        public static string? Text(string? value)
        {
            if (value is null) return null;
            string trimmed = value.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }

        /// <summary>The non-empty, trimmed entries, or null when there are none.</summary>
        public static string[]? List(string[]? values)
        {
            if (values is null) return null;
            string[] items = values.Select(Text).Where(v => v is not null).Select(v => v!).ToArray();
            return items.Length == 0 ? null : items;
        }

        /// <summary>Locale → name pairs (ko_KR, en_US …), or null when there are none.</summary>
        public static Dictionary<string, string>? Names(IDictionary? names)
        {
            if (names is null) return null;
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in names)
            {
                string? locale = Text(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture));
                string? name = Text(Convert.ToString(entry.Value is System.Management.Automation.PSObject p ? p.BaseObject : entry.Value, System.Globalization.CultureInfo.InvariantCulture));
                if (locale is not null && name is not null) result[locale] = name;
            }
            return result.Count == 0 ? null : result;
        }

        /// <summary>MALE or FEMALE from any common spelling (M, f, Male …), or null when not given.</summary>
        public static string? Gender(string? value)
        {
            string? text = Text(value);
            if (text is null) return null;
            switch (text.ToUpperInvariant())
            {
                case "M": case "MALE": return "MALE";
                case "F": case "FEMALE": return "FEMALE";
                default: throw new ArgumentException($"Gender '{text}' is not MALE or FEMALE.", "Gender");
            }
        }

        /// <summary>A password as a <see cref="Secret"/>, or null when not given or empty.</summary>
        public static Secret? Password(SecureString? value) =>
            value is null || value.Length == 0 ? null : Secret.FromSecureString(value);
    }
}
