using System;

namespace NaverWorks.Auth
{
    /// <summary>Tokens issued by the auth server, with when they stop working.</summary>
    internal sealed class TokenSet
    {
        public TokenSet(Secret accessToken, Secret? refreshToken, DateTimeOffset? expiresAt, string? scope, DateTimeOffset issuedAt)
        {
            AccessToken = accessToken;
            RefreshToken = refreshToken;
            ExpiresAt = expiresAt;
            Scope = scope;
            IssuedAt = issuedAt;
        }

        public Secret AccessToken { get; }

        public Secret? RefreshToken { get; }

        /// <summary>Null when unknown (a token given with -AccessToken).</summary>
        public DateTimeOffset? ExpiresAt { get; }

        public string? Scope { get; }

        public DateTimeOffset IssuedAt { get; }

        /// <summary>
        /// Renew a little before expiry: 5 minutes ahead for day-long tokens, a fifth of the lifetime
        /// for short ones, so a request never leaves with a token that dies in flight.
        /// </summary>
        public bool IsNearExpiry(DateTimeOffset now)
        {
            if (ExpiresAt is not DateTimeOffset expires) return false;
            var lifetime = expires - IssuedAt;
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, lifetime.Ticks / 5));
            return now >= expires - margin;
        }
    }
}
