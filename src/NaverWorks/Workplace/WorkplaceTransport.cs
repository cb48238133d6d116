using System;
using NaverWorks.Http;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// The shared <see cref="ApiTransport"/> configured for WORKPLACE: signature-v2 on every attempt, the
    /// WORKPLACE error shapes, and an endpoint that is only a scheme and host (the signed path always
    /// starts at the host root, so a base path would be signed wrongly).
    /// </summary>
    public static class WorkplaceTransport
    {
        /// <summary>Creates a transport for one key pair.</summary>
        /// <param name="signer">The signer holding the access key and secret key.</param>
        /// <param name="options">Endpoint, proxy and pacing.</param>
        /// <param name="clock">The local clock requests are stamped with and skew is measured against; the system clock by default.</param>
        /// <returns>A transport to dispose with its session.</returns>
        public static ApiTransport Create(ApiGatewaySigner signer, WorkplaceConnectionOptions options, Func<DateTimeOffset>? clock = null)
        {
            if (signer is null) throw new ArgumentNullException(nameof(signer));
            if (options is null) throw new ArgumentNullException(nameof(options));
            Uri endpoint = RequireHostOnly(options.Endpoint);
            clock ??= () => DateTimeOffset.UtcNow;
            var transportOptions = new TransportOptions { Proxy = options.Proxy, RateLimitPerMinute = options.RateLimitPerMinute };
            return new ApiTransport(endpoint, new ApiGatewayAuthenticator(signer, clock), new WorkplaceErrorParser(clock), ApiService.Workplace, transportOptions);
        }

        /// <summary>Refuses an endpoint with a path, query or credentials; returns its scheme and host.</summary>
        /// <param name="endpoint">The endpoint the user gave.</param>
        /// <returns>The endpoint reduced to scheme, host and port.</returns>
        public static Uri RequireHostOnly(Uri endpoint)
        {
            if (endpoint is null) throw new ArgumentNullException(nameof(endpoint));
            EndpointPolicy.Require(endpoint, "WORKPLACE endpoint");
            if (endpoint.AbsolutePath != "/" || endpoint.Query.Length > 0 || endpoint.UserInfo.Length > 0)
                throw new ArgumentException(
                    $"The WORKPLACE endpoint '{endpoint.OriginalString}' must be only a scheme and host, such as {WorkplaceConnectionOptions.DefaultEndpoint}: the module adds /organization/apigw/v2/company/<CompanyId>/… itself.");
            return new Uri(endpoint.GetLeftPart(UriPartial.Authority));
        }
    }
}
