using System;

namespace NaverWorks.Sessions
{
    /// <summary>Where and how to connect, independent of the credential used.</summary>
    internal sealed class WorksConnectionOptions
    {
        public static readonly Uri DefaultApiEndpoint = new Uri("https://www.worksapis.com/v1.0");
        public static readonly Uri DefaultAuthEndpoint = new Uri("https://auth.worksmobile.com/oauth2/v2.0");

        public Uri ApiEndpoint { get; set; } = DefaultApiEndpoint;

        public Uri AuthEndpoint { get; set; } = DefaultAuthEndpoint;

        public int? DomainId { get; set; }

        public Uri? Proxy { get; set; }

        public int RateLimitPerMinute { get; set; } = 240;

        public string? TokenCachePath { get; set; }

        public bool AllowUnencryptedStorage { get; set; }
    }
}
