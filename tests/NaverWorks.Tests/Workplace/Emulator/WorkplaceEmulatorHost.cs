using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NaverWorks.Emulator.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

/// <summary>
/// A minimal host serving only WORKPLACE on a loopback port, wired exactly as the real emulator host
/// does it (<c>app.MapWorkplace(tenant, clock)</c>).
/// </summary>
internal sealed class WorkplaceEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkplaceEmulatorHost(WebApplication app, WorkplaceTenant tenant, Uri baseAddress)
    {
        _app = app;
        Tenant = tenant;
        BaseAddress = baseAddress;
    }

    public WorkplaceTenant Tenant { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; } = new();

    /// <summary>
    /// Starts a host; <paramref name="configure"/> may add middleware (e.g. fault injection) in front of WORKPLACE,
    /// <paramref name="rateLimits"/> turns the gateway's per-minute limit on.
    /// </summary>
    public static async Task<WorkplaceEmulatorHost> StartAsync(TimeProvider? clock = null, Action<WebApplication>? configure = null, NaverWorks.Emulator.RateLimits? rateLimits = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        configure?.Invoke(app);
        var tenant = new WorkplaceTenant();
        app.MapWorkplace(tenant, clock ?? TimeProvider.System, rateLimits);
        await app.StartAsync();
        return new WorkplaceEmulatorHost(app, tenant, new Uri(app.Urls.Single()));
    }

    /// <summary>A client for <paramref name="credentials"/>; its clock defaults to the real one.</summary>
    public WorkplaceTestClient Client(WorkplaceCredentials credentials, Func<DateTimeOffset>? clock = null) =>
        new(Http, BaseAddress, credentials.AccessKey, credentials.SecretKey, credentials.CompanyId, clock ?? (() => DateTimeOffset.UtcNow));

    /// <summary>A client for a brand-new company, so tests sharing a host do not see each other's data.</summary>
    public WorkplaceTestClient NewCompanyClient() => Client(Tenant.AddCompany());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One host per test class; tests isolate themselves with <see cref="WorkplaceEmulatorHost.NewCompanyClient"/>.</summary>
public sealed class WorkplaceEmulatorFixture : IAsyncLifetime
{
    internal WorkplaceEmulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await WorkplaceEmulatorHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
