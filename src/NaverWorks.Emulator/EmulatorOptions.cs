namespace NaverWorks.Emulator;

/// <summary>How an <see cref="EmulatorServer"/> is set up. Values are read at start unless a property says otherwise.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Address to listen on; loopback by default.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Port to listen on; 0 picks a free one (see <see cref="EmulatorServer.BaseAddress"/>).</summary>
    public int Port { get; set; }

    /// <summary>The tenant's domain id.</summary>
    public int DomainId { get; set; } = 10000001;

    /// <summary>Mail domain: member, team and group addresses must be <c>@MailDomain</c>.</summary>
    public string MailDomain { get; set; } = "example.com";

    /// <summary>Korean-named members to seed at start (with a few org units, levels and positions); the super admin always exists in addition.</summary>
    public int SeedUsers { get; set; }

    /// <summary>Requests per minute per API operation per client app (documented: 240); 0 means unlimited. Change at run time through <see cref="EmulatorServer.RateLimits"/>.</summary>
    public int RateLimitPerMinute { get; set; } = 240;

    /// <summary>
    /// WORKPLACE requests per minute per operation per access key, past which the gateway answers 429 (code 420
    /// "Rate Limited"); 0 (the default) means unlimited, as WORKPLACE documents no limit. Change at run time
    /// through <see cref="EmulatorServer.WorkplaceRateLimits"/>.
    /// </summary>
    public int WorkplaceRateLimitPerMinute { get; set; }

    /// <summary>Access-token lifetime (the console offers 1 h or 24 h). Change at run time through <see cref="EmulatorServer.Tokens"/>.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Minimum spacing of org-unit writes per domain (documented "once per second, single-threaded"); zero turns pacing off. Read on every request.</summary>
    public TimeSpan OrgUnitWriteInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Added to every API answer (never to the auth server) without using CPU, to rehearse a distant service; the
    /// real one is tens of milliseconds away, loopback is not. <see cref="EmulatorServer.Faults"/> can change it later.
    /// </summary>
    public TimeSpan Latency { get; set; }

    /// <summary>When true a refresh returns a new refresh token and spends the old one.</summary>
    public bool RefreshTokenRotation { get; set; }

    /// <summary>No console logging (the default, for tests).</summary>
    public bool Quiet { get; set; } = true;
}
