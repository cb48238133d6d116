using System.Net.Http;
using System.Threading.Tasks;

namespace NaverWorks.Http
{
    /// <summary>For endpoints that take credentials in the body (the OAuth token endpoint).</summary>
    public sealed class NoAuthenticator : IRequestAuthenticator
    {
        /// <summary>The shared instance.</summary>
        public static readonly NoAuthenticator Instance = new NoAuthenticator();

        /// <inheritdoc />
        public Task<object?> AuthenticateAsync(HttpRequestMessage request, RequestContext context) => Task.FromResult<object?>(null);

        /// <inheritdoc />
        public Task<bool> RefreshAfterRejectionAsync(object? stamp, RequestContext context) => Task.FromResult(false);
    }
}
