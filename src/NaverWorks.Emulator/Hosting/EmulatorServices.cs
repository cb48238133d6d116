using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Directory.OrgUnits;

namespace NaverWorks.Emulator.Hosting;

/// <summary>The emulator's singletons, as endpoints and the pipeline receive them from DI.</summary>
internal sealed class EmulatorServices
{
    public EmulatorServices(EmulatorOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
        Apps = new AppRegistry(options);
        Tokens = new TokenService(options, Apps, time);
        Codes = new AuthorizationCodes(time);
        Tenant = new EmulatorTenant(options, time);
        Faults = new FaultInjector { LatencyMin = options.Latency, LatencyMax = options.Latency };
        Journal = new RequestJournal();
        RateLimits = new RateLimits(options.RateLimitPerMinute, time);
        WorkplaceRateLimits = new RateLimits(options.WorkplaceRateLimitPerMinute, time);
        OrgUnitWrites = new OrgUnitWritePacer(options, time);
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public AppRegistry Apps { get; }

    public TokenService Tokens { get; }

    public AuthorizationCodes Codes { get; }

    public EmulatorTenant Tenant { get; }

    public FaultInjector Faults { get; }

    public RequestJournal Journal { get; }

    public RateLimits RateLimits { get; }

    public RateLimits WorkplaceRateLimits { get; }

    public OrgUnitWritePacer OrgUnitWrites { get; }
}
