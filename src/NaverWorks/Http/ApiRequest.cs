using System;
using System.Collections.Generic;
using System.Net.Http;

namespace NaverWorks.Http
{
    /// <summary>One API call, described independently of the service's base address and authentication.</summary>
    public sealed class ApiRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="method">HTTP method.</param>
        /// <param name="path">Path below the service base, already escaped (see <see cref="PathSegment"/>), e.g. <c>/users/u1</c>.</param>
        /// <param name="operation">Rate-limit key: method and route template, e.g. <c>GET /users/{userId}</c>.</param>
        public ApiRequest(HttpMethod method, string path, string operation)
        {
            Method = method;
            Path = path;
            Operation = operation;
        }

        /// <summary>HTTP method.</summary>
        public HttpMethod Method { get; }

        /// <summary>Escaped path below the service base.</summary>
        public string Path { get; }

        /// <summary>The API operation this request belongs to, for per-operation rate limiting.</summary>
        public string Operation { get; }

        /// <summary>Query parameters; values are escaped when the URL is built, nulls are left out.</summary>
        public IList<KeyValuePair<string, string?>> Query { get; } = new List<KeyValuePair<string, string?>>();

        /// <summary>Request body (already serialized), or null.</summary>
        public byte[]? Body { get; set; }

        /// <summary>Body content type.</summary>
        public string ContentType { get; set; } = "application/json";

        /// <summary>
        /// Whether repeating the request after an unknown outcome is harmless. Null means: decided by method
        /// (POST is not; GET, PUT, PATCH and DELETE are).
        /// </summary>
        public bool? Idempotent { get; set; }

        internal bool IsIdempotent => Idempotent ?? Method != HttpMethod.Post;

        /// <summary>
        /// A serial pacing group (see <see cref="RequestPacer"/>): requests of the same group are sent one at a
        /// time with the group's interval between them. Null (the default) means not paced.
        /// </summary>
        public string? PacingGroup { get; set; }

        /// <summary>Adds a query parameter (left out when value is null) and returns the request.</summary>
        public ApiRequest With(string name, object? value)
        {
            if (value is not null) Query.Add(new KeyValuePair<string, string?>(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)));
            return this;
        }

        /// <summary>The path and query as they go on the wire.</summary>
        public string PathAndQuery()
        {
            if (Query.Count == 0) return Path;
            var sb = new System.Text.StringBuilder(Path);
            char sep = Path.IndexOf('?') >= 0 ? '&' : '?';
            foreach (var kv in Query)
            {
                if (kv.Value is null) continue;
                sb.Append(sep).Append(Uri.EscapeDataString(kv.Key)).Append('=').Append(Uri.EscapeDataString(kv.Value));
                sep = '&';
            }
            return sb.ToString();
        }
    }
}
