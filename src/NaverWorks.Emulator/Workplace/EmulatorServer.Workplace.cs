using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NaverWorks.Emulator.Hosting;
using NaverWorks.Emulator.Workplace;

namespace NaverWorks.Emulator;

/// <summary>WORKPLACE wiring: one tenant per server, its gateway routes at the root.</summary>
public sealed partial class EmulatorServer
{
    /// <summary>The WORKPLACE organization state (companies, credentials, departments, employees, codes).</summary>
    public WorkplaceTenant Workplace => _app.Services.GetRequiredService<WorkplaceTenant>();

    /// <summary>The WORKPLACE gateway's per-operation limit (off unless <see cref="EmulatorOptions.WorkplaceRateLimitPerMinute"/> is set).</summary>
    public RateLimits WorkplaceRateLimits => _services.WorkplaceRateLimits;

    static partial void ConfigureWorkplace(WebApplicationBuilder builder, EmulatorServices services) =>
        builder.Services.AddSingleton(new WorkplaceTenant());

    static partial void MapWorkplace(WebApplication app, EmulatorServices services) =>
        app.MapWorkplace(app.Services.GetRequiredService<WorkplaceTenant>(), services.Time, services.WorkplaceRateLimits);
}
