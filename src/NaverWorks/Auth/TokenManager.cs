using System;
using System.Threading;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Auth
{
    /// <summary>
    /// Holds a session's current token and renews it: ahead of expiry, and once after a 401. Renewal is
    /// single-flight: when sixteen bulk threads find the token stale at once, one renews and fifteen wait.
    /// </summary>
    internal sealed class TokenManager : IDisposable
    {
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private readonly OAuthClient? _oauth;
        private readonly Func<RequestContext, Task<TokenSet>>? _mint;
        private TokenSet _current;
        private WorksApiException? _refreshRefused;

        /// <param name="initial">The token obtained at connect time.</param>
        /// <param name="oauth">The auth server, or null when the token cannot be renewed (-AccessToken).</param>
        /// <param name="mint">Obtains a brand-new token without a refresh token (service accounts re-sign an assertion).</param>
        public TokenManager(TokenSet initial, OAuthClient? oauth, Func<RequestContext, Task<TokenSet>>? mint)
        {
            _current = initial;
            _oauth = oauth;
            _mint = mint;
        }

        /// <summary>Raised after each renewal (the token cache saves the new tokens).</summary>
        public event Action<TokenSet>? Renewed;

        public TokenSet Current => _current;

        /// <summary>The auth server, or null for a session opened with a bare access token.</summary>
        public OAuthClient? OAuth => _oauth;

        public bool CanRenew => _mint is not null || (_oauth is not null && _current.RefreshToken is not null);

        /// <summary>A token good for the next request.</summary>
        public async Task<TokenSet> GetAsync(RequestContext context)
        {
            TokenSet seen = _current;
            if (!seen.IsNearExpiry(DateTimeOffset.UtcNow) || !CanRenew) return seen;
            return await RenewAsync(seen, context).ConfigureAwait(false);
        }

        /// <summary>After a 401 for <paramref name="rejected"/>: renew unless another thread already did.</summary>
        public async Task<bool> RenewAfterRejectionAsync(TokenSet? rejected, RequestContext context)
        {
            if (!CanRenew) return false;
            if (rejected is not null && !ReferenceEquals(rejected, _current)) return true;
            await RenewAsync(rejected ?? _current, context).ConfigureAwait(false);
            return true;
        }

        private async Task<TokenSet> RenewAsync(TokenSet seen, RequestContext context)
        {
            await _gate.WaitAsync(context.Cancellation).ConfigureAwait(false);
            try
            {
                if (!ReferenceEquals(seen, _current)) return _current; // renewed while we waited
                TokenSet renewed = await ObtainAsync(context).ConfigureAwait(false);
                _current = renewed;
                context.Log.Verbose("Access token renewed" + (renewed.ExpiresAt is DateTimeOffset e ? $"; valid until {e.ToLocalTime():yyyy-MM-dd HH:mm:ss}." : "."));
                Renewed?.Invoke(renewed);
                return renewed;
            }
            finally
            {
                _gate.Release();
            }
        }

        private async Task<TokenSet> ObtainAsync(RequestContext context)
        {
            if (_oauth is not null && _current.RefreshToken is not null)
            {
                // A refused refresh token stays refused: a bulk run's every row must not ask the auth server again.
                if (_refreshRefused is not null && _mint is null) throw _refreshRefused;
                try
                {
                    return await _oauth.RefreshAsync(_current.RefreshToken, context).ConfigureAwait(false);
                }
                catch (WorksApiException) when (_mint is not null)
                {
                    // An expired or revoked refresh token does not stop a service account: sign a new assertion.
                }
                catch (WorksApiException ex) when (ex.Code == "invalid_grant")
                {
                    _refreshRefused = ex;
                    throw;
                }
            }
            if (_mint is not null) return await _mint(context).ConfigureAwait(false);
            throw new InvalidOperationException("The access token expired and cannot be renewed; run Connect-Works again.");
        }

        public void Dispose()
        {
            _gate.Dispose();
            _oauth?.Dispose();
        }
    }
}
