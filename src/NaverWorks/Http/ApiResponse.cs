using System;
using System.Net;
using System.Net.Http.Headers;

namespace NaverWorks.Http
{
    /// <summary>A successful answer.</summary>
    public sealed class ApiResponse
    {
        internal ApiResponse(HttpStatusCode status, byte[] body, HttpResponseHeaders headers, int attempts)
        {
            Status = status;
            Body = body;
            Headers = headers;
            Attempts = attempts;
        }

        /// <summary>HTTP status (2xx).</summary>
        public HttpStatusCode Status { get; }

        /// <summary>Body bytes (may be empty, e.g. for 204).</summary>
        public byte[] Body { get; }

        /// <summary>Response headers.</summary>
        public HttpResponseHeaders Headers { get; }

        /// <summary>How many attempts it took.</summary>
        public int Attempts { get; }
    }
}
