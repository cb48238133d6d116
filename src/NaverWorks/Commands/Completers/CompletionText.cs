using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// What every completer does with text: strips the quote the user has started, matches prefixes without regard
    /// to case, and quotes a value that would not survive the command line bare (names with spaces, Korean names
    /// with brackets…), in the quote style the user began with.
    /// </summary>
    internal static class CompletionText
    {
        /// <summary>The word being completed, without the quote the user may have opened.</summary>
        public static string Unquoted(string? word) => (word ?? "").Trim('\'', '"');

        /// <summary>The candidates that start with the word, case-insensitively.</summary>
        public static IEnumerable<string> Matching(IEnumerable<string> candidates, string? word)
        {
            string prefix = Unquoted(word);
            return candidates.Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>True when any of <paramref name="texts"/> starts with the word (an empty word matches everything).</summary>
        public static bool Matches(string? word, params string?[] texts)
        {
            string prefix = Unquoted(word);
            return prefix.Length == 0 || texts.Any(t => t is not null && t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// <paramref name="value"/> as it must be typed: bare when safe, else in the quotes the user opened (single by
        /// default, the quote-safe choice), with embedded quotes doubled.
        /// </summary>
        public static string Quote(string value, string? word)
        {
            bool doubleQuoted = (word ?? "").StartsWith("\"", StringComparison.Ordinal);
            bool singleQuoted = (word ?? "").StartsWith("'", StringComparison.Ordinal);
            if (!doubleQuoted && !singleQuoted && !NeedsQuotes(value)) return value;
            if (doubleQuoted)
                return "\"" + value.Replace("`", "``").Replace("\"", "`\"").Replace("$", "`$") + "\"";
            return "'" + value.Replace("'", "''") + "'";
        }

        /// <summary>A completion result for a parameter value.</summary>
        public static CompletionResult Result(string value, string word, string listText, string toolTip) =>
            new CompletionResult(Quote(value, word), string.IsNullOrEmpty(listText) ? value : listText,
                CompletionResultType.ParameterValue, string.IsNullOrEmpty(toolTip) ? value : toolTip);

        private static bool NeedsQuotes(string value)
        {
            if (value.Length == 0) return true;
            if (value[0] == '-' || value[0] == '@' || value[0] == '#') return true;
            foreach (char c in value)
            {
                if (char.IsWhiteSpace(c)) return true;
                switch (c)
                {
                    case '\'': case '"': case '`': case '$': case '(': case ')': case '{': case '}':
                    case '[': case ']': case ',': case ';': case '&': case '|': case '<': case '>':
                    // U+2018/2019/201C/201D: PowerShell treats typographic quotes as quotes.
                    case '\u2018': case '\u2019': case '\u201C': case '\u201D':
                        return true;
                }
            }
            return false;
        }
    }
}
