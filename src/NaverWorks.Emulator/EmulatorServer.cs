using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Directory;
using NaverWorks.Emulator.Hosting;

namespace NaverWorks.Emulator;

/// <summary>
/// A running emulated NAVER WORKS tenant on loopback: the auth server under
/// <see cref="AuthEndpoint"/> and API 2.0 under <see cref="ApiEndpoint"/>, stateful and in memory.
/// Start one per test (or share one), arrange state through <see cref="Tenant"/>, sign in as
/// <see cref="Demo"/>, and inspect <see cref="Requests"/>, <see cref="Faults"/> and <see cref="RateLimits"/>.
/// </summary>
public sealed partial class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorServices _services;

    private EmulatorServer(WebApplication app, EmulatorServices services, Uri baseAddress, DemoApp demo)
    {
        _app = app;
        _services = services;
        BaseAddress = baseAddress;
        Demo = demo;
    }

    /// <summary>Root address, e.g. <c>http://127.0.0.1:51234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>API base including the version, e.g. <c>http://127.0.0.1:51234/v1.0</c>.</summary>
    public string ApiEndpoint => BaseAddress.GetLeftPart(UriPartial.Authority) + RouteNames.ApiPrefix;

    /// <summary>Auth-server base, e.g. <c>http://127.0.0.1:51234/oauth2/v2.0</c>.</summary>
    public string AuthEndpoint => BaseAddress.GetLeftPart(UriPartial.Authority) + RouteNames.AuthPrefix;

    /// <summary>Scheme and host for the WORKPLACE gateway routes, e.g. <c>http://127.0.0.1:51234</c>.</summary>
    public string WorkplaceEndpoint => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>The registered demo client app with a service account.</summary>
    public DemoApp Demo { get; }

    /// <summary>The tenant's directory state.</summary>
    public EmulatorTenant Tenant => _services.Tenant;

    /// <summary>Fault injection knobs and counters.</summary>
    public FaultInjector Faults => _services.Faults;

    /// <summary>Every request received.</summary>
    public RequestJournal Requests => _services.Journal;

    /// <summary>Token lifetimes, expiry and revocation.</summary>
    public TokenService Tokens => _services.Tokens;

    /// <summary>The per-operation rate limiter.</summary>
    public RateLimits RateLimits => _services.RateLimits;

    /// <summary>The options the server was started with; <see cref="EmulatorOptions.OrgUnitWriteInterval"/> may be changed at run time.</summary>
    public EmulatorOptions Options => _services.Options;

    /// <summary>Starts an emulator and returns once it accepts connections.</summary>
    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.SeedUsers);
        var services = new EmulatorServices(options, TimeProvider.System);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls($"http://{FormatHost(options.Host)}:{options.Port}");
        builder.Logging.ClearProviders();
        if (!options.Quiet)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.Services.AddSingleton(services);
        ConfigureExtensions(builder, services);

        var app = builder.Build();
        app.UseRouting();
        app.UseMiddleware<EmulatorPipeline>();
        OAuthEndpoints.Map(app, services);
        var api = app.MapGroup(RouteNames.ApiPrefix);
        DirectoryApi.Map(api, services.Tenant);
        MapExtensions(app, api, services);

        if (options.SeedUsers > 0)
        {
            services.Tenant.SeedUsers(options.SeedUsers);
        }

        var admin = services.Tenant.SuperAdmin;
        var demo = services.Apps.Register(null, null, admin.UserId, admin.Email);

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The emulator did not report its listening address.");
        return new EmulatorServer(app, services, new Uri(address.TrimEnd('/') + "/"), demo);
    }

    /// <summary>Registers another client app with a fresh RSA key; <paramref name="scopes"/> defaults to the demo app's.</summary>
    public DemoApp RegisterApp(string? clientId = null, IEnumerable<string>? scopes = null)
    {
        var admin = Tenant.SuperAdmin;
        return _services.Apps.Register(clientId, scopes, admin.UserId, admin.Email);
    }

    /// <summary>Waits until the server stops (Ctrl+C in the command-line host).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Kestrel cannot bind "localhost" to a dynamic port, so loopback-by-name means 127.0.0.1.
    private static string FormatHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1"
        : host.Contains(':') && !host.StartsWith('[') ? $"[{host}]"
        : host;

    private static void ConfigureExtensions(WebApplicationBuilder builder, EmulatorServices services)
    {
        ConfigureWorkplace(builder, services);
    }

    private static void MapExtensions(WebApplication app, Microsoft.AspNetCore.Routing.RouteGroupBuilder api, EmulatorServices services)
    {
        MapWorkplace(app, services);
        MapCalendar(api, services);
    }

    /// <summary>Extension point for <c>Workplace/</c>: register services (implement in a partial class file there).</summary>
    static partial void ConfigureWorkplace(WebApplicationBuilder builder, EmulatorServices services);

    /// <summary>Extension point for <c>Workplace/</c>: map the WORKPLACE gateway routes at the root (journal and faults apply; WORKS auth and rate limits do not).</summary>
    static partial void MapWorkplace(WebApplication app, EmulatorServices services);

    /// <summary>Extension point for <c>Calendar/</c>: map calendar routes on the <c>/v1.0</c> group; mark them with <c>.Works("calendar")</c> to get auth, scopes and rate limits.</summary>
    static partial void MapCalendar(Microsoft.AspNetCore.Routing.RouteGroupBuilder api, EmulatorServices services);
}
