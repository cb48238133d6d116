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

    /// <summary>Starts an emulator and a runspace connected to its NAVER WORKS half with Connect-Works.</summary>
    public static async Task<BenchHost> StartAsync(EmulatorOptions options, int moduleRateLimit)
    {
        var host = await OpenAsync(options);
        host.Runspace.SessionStateProxy.SetVariable("d", host.Server.Demo);
        host.Run($"Connect-Works -ClientId $d.ClientId -ClientSecret $d.ClientSecret -ServiceAccount $d.ServiceAccount -PrivateKey $d.PrivateKeyPem " +
                 $"-Scope $d.Scopes -ApiEndpoint '{host.Server.ApiEndpoint}' -AuthEndpoint '{host.Server.AuthEndpoint}' -RateLimitPerMinute {moduleRateLimit}");
        return host;
    }

    /// <summary>Starts an emulator and a runspace connected to its WORKPLACE demo company with Connect-Workplace.</summary>
    public static async Task<BenchHost> StartWorkplaceAsync(EmulatorOptions options, int moduleRateLimit)
    {
        var host = await OpenAsync(options);
        host.Runspace.SessionStateProxy.SetVariable("wp", host.Server.Workplace.Demo);
        host.Run($"Connect-Workplace -AccessKey $wp.AccessKey -SecretKey $wp.SecretKey -CompanyId $wp.CompanyId -Endpoint '{host.Server.WorkplaceEndpoint}' -RateLimitPerMinute {moduleRateLimit}");
        return host;
    }

    private static async Task<BenchHost> OpenAsync(EmulatorOptions options)
    {
        var server = await EmulatorServer.StartAsync(options);
        var host = new BenchHost(server, ModuleRunspace());
        host.Runspace.SessionStateProxy.SetVariable("emu", server);
        return host;
    }

    /// <summary>A module runspace connected with Connect-Works to an emulator running as its own process, without a rate limit.</summary>
    public static Runspace Connect(EmulatorProcess emulator)
    {
        var runspace = ModuleRunspace();
        foreach (string name in new[] { "clientId", "clientSecret", "serviceAccount", "privateKeyPath", "apiEndpoint", "authEndpoint" })
            runspace.SessionStateProxy.SetVariable(name, emulator[name]);
        runspace.SessionStateProxy.SetVariable("scopes", emulator.Scopes);
        Run(runspace, "Connect-Works -ClientId $clientId -ClientSecret $clientSecret -ServiceAccount $serviceAccount -PrivateKeyPath $privateKeyPath " +
                      "-Scope $scopes -ApiEndpoint $apiEndpoint -AuthEndpoint $authEndpoint -RateLimitPerMinute 0");
        return runspace;
    }

    /// <summary>An open runspace with the module imported (from the checkout this bench was built in) and the bench's row generator.</summary>
    public static Runspace ModuleRunspace()
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("New-BenchUserRow", typeof(NewBenchUserRowCommand), null));
        var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        Run(runspace, $"Import-Module '{Manifest()}' -ErrorAction Stop");
        return runspace;
    }

    /// <summary>Runs a script and fails on any error.</summary>
    public Collection<PSObject> Run(string script) => Run(Runspace, script);

    /// <summary>Runs a script in <paramref name="runspace"/> and fails on any error.</summary>
    public static Collection<PSObject> Run(Runspace runspace, string script)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
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
