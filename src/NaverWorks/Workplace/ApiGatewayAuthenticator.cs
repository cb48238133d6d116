using System;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// WORKPLACE credentials for the shared transport: every attempt is signed (signature v2) with a fresh
    /// timestamp over the request target exactly as it will be sent, so a retry is never refused as stale.
    /// </summary>
    /// <remarks>
    /// An HMAC key cannot be renewed, so a 401 is final: the error parser explains it (wrong keys, or a
    /// clock 5 minutes or more off). The clock is a parameter so tests can skew it.
    /// </remarks>
    public sealed class ApiGatewayAuthenticator : IRequestAuthenticator
    {
        private readonly ApiGatewaySigner _signer;
        private readonly Func<DateTimeOffset> _clock;

        /// <summary>Creates an authenticator for one access key / secret key pair.</summary>
        /// <param name="signer">The signer holding the keys.</param>
        /// <param name="clock">The local clock the timestamp is read from; the system clock by default.</param>
        public ApiGatewayAuthenticator(ApiGatewaySigner signer, Func<DateTimeOffset>? clock = null)
        {
            _signer = signer ?? throw new ArgumentNullException(nameof(signer));
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
        }

        /// <summary>The access key requests are signed for.</summary>
        public string AccessKey => _signer.AccessKey;

        /// <inheritdoc />
        public Task<object?> AuthenticateAsync(HttpRequestMessage request, RequestContext context)
        {
            // Signs RequestUri.PathAndQuery, the bytes the HTTP stack writes, after the transport built the URI.
            _signer.Apply(request, _clock);
            return Task.FromResult<object?>(null);
        }

        /// <inheritdoc />
        public Task<bool> RefreshAfterRejectionAsync(object? stamp, RequestContext context) => Task.FromResult(false);
    }
}
