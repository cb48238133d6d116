using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Http;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>
/// An emulated tenant and the module's own transport signed in to it (with a token the emulator mints), for
/// API-client tests below the cmdlets. Retries are quick so fault tests stay fast.
/// </summary>
public sealed class EmulatorApi : IAsyncDisposable
{
    private EmulatorApi(EmulatorServer server, ApiTransport transport)
    {
        Server = server;
        Transport = transport;
    }

    public EmulatorServer Server { get; }

    public ApiTransport Transport { get; }

    public static async Task<EmulatorApi> StartAsync(EmulatorOptions? options = null)
    {
        var server = await EmulatorServer.StartAsync(options ?? new EmulatorOptions { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero });
        string token = server.Tokens.CreateAccessToken(server.Demo);
        var transport = new ApiTransport(new Uri(server.ApiEndpoint), new StaticBearer(token), WorksErrorParser.Instance, ApiService.Works,
            new TransportOptions { RateLimitPerMinute = 0, Retry = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) } });
        transport.Pacer.SetInterval(NaverWorks.Api.OrgUnitsApi.WritePacingGroup, server.Options.OrgUnitWriteInterval);
        return new EmulatorApi(server, transport);
    }

    public async ValueTask DisposeAsync()
    {
        Transport.Dispose();
        await Server.DisposeAsync();
    }

    private sealed class StaticBearer(string token) : IRequestAuthenticator
    {
        public Task<object?> AuthenticateAsync(HttpRequestMessage request, RequestContext context)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return Task.FromResult<object?>(token);
        }

        public Task<bool> RefreshAfterRejectionAsync(object? stamp, RequestContext context) => Task.FromResult(false);
    }
}
