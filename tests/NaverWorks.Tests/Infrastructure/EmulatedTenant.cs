using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>
/// An emulator on loopback plus what a test needs to connect a hosted runspace to it as the demo service
/// account. One per test class (faults and state stay local to it).
/// </summary>
public sealed class EmulatedTenant : IAsyncDisposable
{
    /// <summary>The Connect-Works call a test script starts with; the variables come from <see cref="Variables"/>.</summary>
    public const string ConnectCommand =
        "Connect-Works -ClientId $nwClientId -ClientSecret $nwSecret -ServiceAccount $nwAccount -PrivateKey $nwKey -Scope $nwScope -ApiEndpoint $nwApi -AuthEndpoint $nwAuth";

    private EmulatedTenant(EmulatorServer server) => Server = server;

    public EmulatorServer Server { get; }

    public DemoApp Demo => Server.Demo;

    public static async Task<EmulatedTenant> StartAsync(EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions();
        return new EmulatedTenant(await EmulatorServer.StartAsync(options));
    }

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

    /// <summary>A runspace with the module imported and connected to this tenant.</summary>
    public ModuleRunspace Connect()
    {
        var runspace = new ModuleRunspace();
        runspace.Invoke(ConnectCommand, Variables).ThrowOnError();
        return runspace;
    }

    /// <summary>Runs a script in a fresh connected runspace.</summary>
    public RunResult Run(string script, Dictionary<string, object?>? extra = null)
    {
        using var runspace = Connect();
        var variables = Variables;
        if (extra is not null) foreach (var kv in extra) variables[kv.Key] = kv.Value;
        return runspace.Invoke(script, variables);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
