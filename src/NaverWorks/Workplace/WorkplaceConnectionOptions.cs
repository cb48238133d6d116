using System;

namespace NaverWorks.Workplace
{
    /// <summary>Where and how a WORKPLACE session connects, independent of its keys.</summary>
    public sealed class WorkplaceConnectionOptions
    {
        /// <summary>The public API Gateway of NAVER Cloud Platform (Korea region).</summary>
        public static readonly Uri DefaultEndpoint = new Uri("https://workplace.apigw.ntruss.com");

        /// <summary>Scheme and host of the API Gateway; the module appends <c>/organization/apigw/v2/company/…</c>.</summary>
        public Uri Endpoint { get; set; } = DefaultEndpoint;

        /// <summary>An HTTP proxy, or null for the system default.</summary>
        public Uri? Proxy { get; set; }

        /// <summary>
        /// Requests a minute per API operation before the module waits; 0 (the default) leaves pacing to the
        /// gateway's 429 answers, which the transport honours, because WORKPLACE documents no limit.
        /// </summary>
        public int RateLimitPerMinute { get; set; }
    }
}
