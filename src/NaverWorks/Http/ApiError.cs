using System;
using System.Net;

namespace NaverWorks.Http
{
    /// <summary>Which service answered; the error shapes and the advice differ.</summary>
    public enum ApiService
    {
        /// <summary>NAVER WORKS API 2.0 and its auth server.</summary>
        Works,
        /// <summary>NAVER Cloud Platform WORKPLACE behind the API Gateway.</summary>
        Workplace,
    }

    /// <summary>A failed API call as the server described it.</summary>
    public sealed class ApiError
    {
        /// <summary>Creates an error.</summary>
        public ApiError(ApiService service, HttpStatusCode status, string? code, string? description, string? rawBody = null)
        {
            Service = service;
            Status = status;
            Code = code;
            Description = description;
            RawBody = rawBody;
        }

        /// <summary>The service that answered.</summary>
        public ApiService Service { get; }

        /// <summary>HTTP status; 0 when the request never got an answer.</summary>
        public HttpStatusCode Status { get; }

        /// <summary>Error code from the body (<c>code</c>, <c>error</c> or the gateway's <c>errorCode</c>).</summary>
        public string? Code { get; }

        /// <summary>Human description from the body.</summary>
        public string? Description { get; }

        /// <summary>The body as received (already redacted of secrets), for diagnosis.</summary>
        public string? RawBody { get; }

        /// <summary>True when the server may have acted on the request although no success was seen.</summary>
        public bool OutcomeUnknown { get; set; }

        /// <summary>How long the server asked us to wait, when it said so.</summary>
        public TimeSpan? RetryAfter { get; set; }

        /// <summary>The operation that failed, e.g. <c>GET /users/{userId}</c> (set by the transport; advice depends on it).</summary>
        public string? Operation { get; set; }

        /// <summary>The failed request's path below the service base, without the query (set by the transport).</summary>
        public string? RequestPath { get; set; }

        /// <summary>Local clock minus server clock, when a clock-skew rejection let us compute it.</summary>
        public TimeSpan? ClockSkew { get; set; }

        /// <summary>True for the statuses worth another try: 408, 429 and 5xx, or no answer at all.</summary>
        public bool IsTransient => Status == 0 || (int)Status == 408 || (int)Status == 429 || (int)Status >= 500;
    }
}
