using System;

namespace NaverWorks.Auth
{
    /// <summary>What a token cache file holds: enough to reconnect and renew without the user.</summary>
    internal sealed class TokenCacheEntry
    {
        public string Format { get; set; } = "NaverWorks.TokenCache/1";

        public string AuthType { get; set; } = "";

        public string ClientId { get; set; } = "";

        public string ClientSecret { get; set; } = "";

        public string Principal { get; set; } = "";

        public string AccessToken { get; set; } = "";

        public string? RefreshToken { get; set; }

        public DateTimeOffset? ExpiresAt { get; set; }

        public DateTimeOffset IssuedAt { get; set; }

        public string? Scope { get; set; }

        public string ApiEndpoint { get; set; } = "";

        public string AuthEndpoint { get; set; } = "";

        public int? DomainId { get; set; }
    }
}
