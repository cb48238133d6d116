using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>
/// An emulated tenant on loopback and a runspace with the module imported and connected to it as the demo
/// service account, as an administrator would be after Connect-Works. The server is also the runspace
/// variable <c>$emu</c>, so scripts can look at its journal while a pipeline runs.
/// </summary>
public sealed class EmulatorRunspace : IAsyncDisposable
{
    private EmulatorRunspace(EmulatorServer server, ModuleRunspace shell)
    {
        Server = server;
        Shell = shell;
    }

    public EmulatorServer Server { get; }

    public ModuleRunspace Shell { get; }

    /// <summary>
    /// Starts an emulator (by default without rate limits or org-unit pacing, so tests meet them only on
    /// purpose) and connects. The module's own proactive limit is off unless <paramref name="moduleRateLimit"/>
    /// is given, and its org-unit pacing follows the emulator's.
    /// </summary>
    public static async Task<EmulatorRunspace> StartAsync(EmulatorOptions? options = null, int moduleRateLimit = 0)
    {
        options ??= new EmulatorOptions { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero };
        var server = await EmulatorServer.StartAsync(options);
        var shell = new ModuleRunspace();
        try
        {
            shell.Invoke(
                "Connect-Works -ClientId $d.ClientId -ClientSecret $d.ClientSecret -ServiceAccount $d.ServiceAccount " +
                "-PrivateKey $d.PrivateKeyPem -Scope $d.Scopes -ApiEndpoint $api -AuthEndpoint $auth -RateLimitPerMinute $limit; " +
                "(Get-WorksSession).OrgUnitWriteInterval = $interval",
                new Dictionary<string, object?>
                {
                    ["d"] = server.Demo,
                    ["api"] = server.ApiEndpoint,
                    ["auth"] = server.AuthEndpoint,
                    ["limit"] = moduleRateLimit,
                    ["interval"] = options.OrgUnitWriteInterval,
                    ["emu"] = server,
                }).ThrowOnError();
        }
        catch
        {
            shell.Dispose();
            await server.DisposeAsync();
            throw;
        }
        return new EmulatorRunspace(server, shell);
    }

    /// <summary>Runs a script in the connected runspace.</summary>
    public RunResult Invoke(string script, Dictionary<string, object?>? variables = null) => Shell.Invoke(script, variables);

    public async ValueTask DisposeAsync()
    {
        Shell.Dispose();
        await Server.DisposeAsync();
    }
}
