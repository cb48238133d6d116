using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>
/// An emulator on loopback and runspaces with the module imported and connected to it as the demo service
/// account, as an administrator would be after Connect-Works: one shared runspace (<see cref="Shell"/>,
/// <see cref="Invoke"/>), fresh ones (<see cref="Connect"/>, <see cref="Run"/>), and the
/// <see cref="Variables"/> for scripts that connect themselves. One per test class or test (faults and
/// state stay local to it).
/// </summary>
public sealed class EmulatedTenant : IAsyncDisposable
{
    /// <summary>The Connect-Works call a test script starts with; the variables come from <see cref="Variables"/>.</summary>
    public const string ConnectCommand =
        "Connect-Works -ClientId $nwClientId -ClientSecret $nwSecret -ServiceAccount $nwAccount -PrivateKey $nwKey -Scope $nwScope -ApiEndpoint $nwApi -AuthEndpoint $nwAuth";

    private readonly int? _moduleRateLimit;

    // Created when first used unless asked for at start: many test classes only open fresh runspaces, and
    // importing and connecting one per test instance would cost them time for nothing.
    private readonly Lazy<ModuleRunspace> _shell;

    private EmulatedTenant(EmulatorServer server, int? moduleRateLimit)
    {
        Server = server;
        _moduleRateLimit = moduleRateLimit;
        _shell = new Lazy<ModuleRunspace>(Connect);
    }

    /// <summary>The emulator: its tenant, journal, faults, tokens and limits.</summary>
    public EmulatorServer Server { get; }

    /// <summary>The client app and service account the runspaces connect as.</summary>
    public DemoApp Demo => Server.Demo;

    /// <summary>
    /// The runspace most tests need, kept for the life of the tenant, so state such as variables and the
    /// default session carries from one <see cref="Invoke"/> to the next. Connected at start when
    /// <see cref="StartAsync"/> is told to, otherwise when first used.
    /// </summary>
    public ModuleRunspace Shell => _shell.Value;

    /// <summary>
    /// Starts an emulator with <paramref name="options"/>; by default the emulator's own, which keep the
    /// documented limits (240 requests a minute, one org-unit write a second) like the real service. Use
    /// <see cref="WithoutLimits"/> for tests that should meet neither unless they set them up.
    /// </summary>
    /// <param name="options">The emulator's options.</param>
    /// <param name="moduleRateLimit">
    /// The -RateLimitPerMinute every connected runspace gets; by default the emulator's, so the module keeps
    /// under it as it would under the real service's and is not limited when the emulator is not.
    /// </param>
    /// <param name="connectShell">
    /// Connects <see cref="Shell"/> now rather than when first used. Tests that use it should: connecting asks
    /// the emulator for a token, and a test that clears or reads the journal (or tokens, or limits) before its
    /// first <see cref="Invoke"/> must not find that request among its own.
    /// </param>
    public static async Task<EmulatedTenant> StartAsync(EmulatorOptions? options = null, int? moduleRateLimit = null, bool connectShell = false)
    {
        var tenant = new EmulatedTenant(await EmulatorServer.StartAsync(options ?? new EmulatorOptions()), moduleRateLimit);
        if (connectShell)
        {
            try
            {
                _ = tenant.Shell;
            }
            catch
            {
                await tenant.DisposeAsync();
                throw;
            }
        }
        return tenant;
    }

    /// <summary>
    /// Emulator options without a rate limit or org-unit pacing, for the many cmdlet tests that would otherwise
    /// wait a second between org-unit writes, and meet a limit only where they set one on purpose.
    /// </summary>
    public static EmulatorOptions WithoutLimits(int seedUsers = 0) =>
        new() { SeedUsers = seedUsers, RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero };

    /// <summary>Variables for <see cref="ConnectCommand"/>, plus <c>$nwServer</c> for scripts that poke the emulator.</summary>
    public Dictionary<string, object?> Variables => new()
    {
        ["nwClientId"] = Demo.ClientId,
        ["nwSecret"] = Demo.ClientSecret,
        ["nwAccount"] = Demo.ServiceAccount,
        ["nwKey"] = Demo.PrivateKeyPem,
        ["nwScope"] = new List<string>(Demo.Scopes).ToArray(),
        ["nwApi"] = Server.ApiEndpoint,
        ["nwAuth"] = Server.AuthEndpoint,
        ["nwServer"] = Server,
    };

    /// <summary>
    /// A fresh runspace with the module imported and connected to this tenant, its rate limit set as
    /// <see cref="StartAsync"/> was told and its org-unit pacing the emulator's (so paced writes are never
    /// refused, and unpaced ones never wait). The <see cref="Variables"/> are set in it.
    /// </summary>
    public ModuleRunspace Connect()
    {
        var runspace = new ModuleRunspace();
        try
        {
            var variables = Variables;
            variables["nwRateLimit"] = _moduleRateLimit ?? Server.RateLimits.PerMinute;
            variables["nwOrgUnitWriteInterval"] = Server.Options.OrgUnitWriteInterval;
            runspace.Invoke(
                ConnectCommand + " -RateLimitPerMinute $nwRateLimit; (Get-WorksSession).OrgUnitWriteInterval = $nwOrgUnitWriteInterval",
                variables).ThrowOnError();
        }
        catch
        {
            runspace.Dispose();
            throw;
        }
        return runspace;
    }

    /// <summary>Runs a script in a fresh connected runspace, which has the <see cref="Variables"/>, with <paramref name="extra"/> set too.</summary>
    public RunResult Run(string script, Dictionary<string, object?>? extra = null)
    {
        using var runspace = Connect();
        return runspace.Invoke(script, extra);
    }

    /// <summary>Runs a script in the shared connected runspace, <see cref="Shell"/>.</summary>
    public RunResult Invoke(string script, Dictionary<string, object?>? variables = null) => Shell.Invoke(script, variables);

    /// <summary>Closes the shared runspace, if it was opened, and stops the emulator.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_shell.IsValueCreated) _shell.Value.Dispose();
        await Server.DisposeAsync();
    }
}
