using System;

namespace NaverWorks.Http
{
    /// <summary>Escapes identifiers (ids, emails, <c>externalKey:…</c>) into one path segment.</summary>
    public static class PathSegment
    {
        /// <summary>
        /// Escapes <paramref name="value"/> so it stays one segment: '/' and '?' are encoded and dot-only
        /// values are refused, because a URI parser would otherwise resolve "../" into another resource.
        /// </summary>
        public static string Escape(string value, string parameterName = "Id")
        {
            if (string.IsNullOrWhiteSpace(value))
                throw new ArgumentException($"{parameterName} is empty.", parameterName);
            if (value.Trim('.').Length == 0)
                throw new ArgumentException($"{parameterName} '{value}' is not a valid identifier.", parameterName);
            foreach (char c in value)
            {
                if (char.IsControl(c))
                    throw new ArgumentException($"{parameterName} contains a control character.", parameterName);
            }
            return Uri.EscapeDataString(value);
        }
    }
}
