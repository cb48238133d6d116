using System;
using System.Collections.Generic;

namespace NaverWorks.Auth
{
    /// <summary>Parses <c>a=1&amp;b=2</c> (form-style: '+' is a space).</summary>
    internal static class QueryString
    {
        public static IDictionary<string, string> Parse(string query)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string pair in query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=');
                string key = Decode(eq >= 0 ? pair.Substring(0, eq) : pair);
                string value = eq >= 0 ? Decode(pair.Substring(eq + 1)) : "";
                result[key] = value;
            }
            return result;
        }

        private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
    }
}
