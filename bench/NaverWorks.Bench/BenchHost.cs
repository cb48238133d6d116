using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using NaverWorks.Emulator;

namespace NaverWorks.Bench;

/// <summary>An emulator in this process and a runspace with the module imported and connected to it.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(EmulatorServer server, Runspace runspace)
    {
        Server = server;
        Runspace = runspace;
    }

    public EmulatorServer Server { get; }

    public Runspace Runspace { get; }

    public static async Task<BenchHost> StartAsync(EmulatorOptions options, int moduleRateLimit)
    {
        var server = await EmulatorServer.StartAsync(options);
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var host = new BenchHost(server, runspace);
        host.Run($"Import-Module '{Manifest()}' -ErrorAction Stop");
        runspace.SessionStateProxy.SetVariable("d", server.Demo);
        runspace.SessionStateProxy.SetVariable("emu", server);
        host.Run($"Connect-Works -ClientId $d.ClientId -ClientSecret $d.ClientSecret -ServiceAccount $d.ServiceAccount -PrivateKey $d.PrivateKeyPem " +
                 $"-Scope $d.Scopes -ApiEndpoint '{server.ApiEndpoint}' -AuthEndpoint '{server.AuthEndpoint}' -RateLimitPerMinute {moduleRateLimit}");
        return host;
    }

    /// <summary>Runs a script and fails on any error.</summary>
    public Collection<PSObject> Run(string script)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = Runspace;
        ps.AddScript(script);
        var output = ps.Invoke();
        if (ps.Streams.Error.Count > 0) throw new InvalidOperationException(string.Join(Environment.NewLine, ps.Streams.Error));
        return output;
    }

    public async ValueTask DisposeAsync()
    {
        Runspace.Dispose();
        await Server.DisposeAsync();
    }

    private static string Manifest()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "NaverWorks.psd1");
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException("NaverWorks.psd1 not found above " + AppContext.BaseDirectory);
    }
}
