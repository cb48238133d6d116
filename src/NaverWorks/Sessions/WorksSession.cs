using System;
using System.Threading;
using NaverWorks.Auth;
using NaverWorks.Http;

namespace NaverWorks.Sessions
{
    /// <summary>
    /// A connection to a NAVER WORKS tenant, as <c>Connect-Works -PassThru</c> returns it. It shows who is
    /// connected where and until when, and never the token.
    /// </summary>
    public sealed class WorksSession : ISession, IDisposable
    {
        private static int _lastId;
        private readonly TokenManager _tokens;
        private readonly TokenCacheFile? _cache;

        internal WorksSession(WorksAuthType authType, string? clientId, string principal, WorksConnectionOptions options, TokenManager tokens, ApiTransport transport, TokenCacheFile? cache)
        {
            Id = Interlocked.Increment(ref _lastId);
            AuthType = authType;
            ClientId = clientId;
            Principal = principal;
            DomainId = options.DomainId;
            ApiEndpoint = options.ApiEndpoint;
            AuthEndpoint = options.AuthEndpoint;
            ConnectedAt = DateTimeOffset.Now;
            _tokens = tokens;
            _cache = cache;
            Transport = transport;
            if (cache is not null) _tokens.Renewed += cache.SaveRenewed;
        }

        /// <inheritdoc />
        public int Id { get; }

        /// <summary>How the session authenticated.</summary>
        public WorksAuthType AuthType { get; }

        /// <summary>The app's client ID (not secret).</summary>
        public string? ClientId { get; }

        /// <summary>The service account, or the user, the session acts as.</summary>
        public string Principal { get; }

        /// <summary>The domain used when a cmdlet needs one and none is given.</summary>
        public int? DomainId { get; }

        /// <summary>Scopes granted to the current token.</summary>
        public string[] Scopes => (_tokens.Current.Scope ?? string.Empty).Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>When the current access token expires (it is renewed automatically when possible).</summary>
        public DateTimeOffset? ExpiresOn => _tokens.Current.ExpiresAt?.ToLocalTime();

        /// <summary>True when the token can be renewed without the user.</summary>
        public bool CanRenew => _tokens.CanRenew;

        /// <summary>API base address, e.g. <c>https://www.worksapis.com/v1.0</c>.</summary>
        public Uri ApiEndpoint { get; }

        /// <summary>Auth server base, e.g. <c>https://auth.worksmobile.com/oauth2/v2.0</c>.</summary>
        public Uri AuthEndpoint { get; }

        /// <summary>Where the tokens are saved, if anywhere.</summary>
        public string? TokenCachePath => _cache?.Path;

        /// <summary>When the session was opened.</summary>
        public DateTimeOffset ConnectedAt { get; }

        /// <summary>Requests a minute allowed per API operation before the module waits (0 = no proactive limit).</summary>
        public int RateLimitPerMinute
        {
            get => Transport.RateLimiter.PerMinute;
            set => Transport.RateLimiter.PerMinute = value;
        }

        /// <summary>
        /// The pause between two org-unit writes, which are also sent one at a time (the API asks for "once per
        /// second, single-threaded, per domain"; default 1 second).
        /// </summary>
        public TimeSpan OrgUnitWriteInterval
        {
            get => Transport.Pacer.GetInterval(Api.OrgUnitsApi.WritePacingGroup);
            set => Transport.Pacer.SetInterval(Api.OrgUnitsApi.WritePacingGroup, value);
        }

        /// <inheritdoc />
        public ApiTransport Transport { get; }

        internal TokenManager Tokens => _tokens;

        internal TokenCacheFile? Cache => _cache;

        /// <summary>A description without secrets.</summary>
        public override string ToString() => $"NAVER WORKS session {Id}: {Principal} at {ApiEndpoint}";

        /// <summary>Closes the connections; tokens in memory are dropped with the session.</summary>
        public void Dispose()
        {
            Transport.Dispose();
            _tokens.Dispose();
        }
    }
}
