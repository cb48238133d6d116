using System;
using System.Net.Http;

namespace NaverWorks.Http
{
    /// <summary>Knobs for a session's transport.</summary>
    public sealed class TransportOptions
    {
        /// <summary>Proactive limit per API operation per minute; 0 disables it. The documented limit is 240.</summary>
        public int RateLimitPerMinute { get; set; } = 240;

        /// <summary>An HTTP proxy, or null for the system default.</summary>
        public Uri? Proxy { get; set; }

        /// <summary>Connections kept open to the service (bulk runs use several at once).</summary>
        public int MaxConnections { get; set; } = 32;

        /// <summary>Retry policy; null for the defaults.</summary>
        public RetryPolicy? Retry { get; set; }

        /// <summary>User-Agent header.</summary>
        public string UserAgent { get; set; } = "NaverWorks-PowerShell/" + typeof(TransportOptions).Assembly.GetName().Version?.ToString(3);

        /// <summary>A handler to use instead of the default (tests and custom TLS setups).</summary>
        public HttpMessageHandler? Handler { get; set; }
    }
}
