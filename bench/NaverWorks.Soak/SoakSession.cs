using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Reflection;
using NaverWorks.Bench;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace NaverWorks.Soak;

/// <summary>
/// One long-lived runspace with the module imported and connected to both halves of the emulator, as an admin's
/// scheduled job holds it. Every operation is a fresh pipeline in that runspace, built with AddCommand and
/// parameters (never script text with values pasted in, which would fill PowerShell's script cache with one-off
/// entries and blur what the module itself keeps). Errors and warnings are counted, never thrown, so the loop goes on.
/// </summary>
internal sealed class SoakSession : IDisposable
{
    private readonly Runspace _runspace;
    private readonly SoakCounters _counters;
    private readonly WireCounter _wire;
    private readonly Dictionary<string, (int Count, long Requests, TimeSpan Total)> _times = [];
    private int _errorsShown;

    private SoakSession(Runspace runspace, SoakCounters counters, WireCounter wire)
    {
        _runspace = runspace;
        _counters = counters;
        _wire = wire;
    }

    /// <summary>Where the imported module's NaverWorks.dll was loaded from (must be this checkout's bin/), and whether it is an optimized build.</summary>
    public string ModuleAssembly { get; private set; } = "";

    public static SoakSession Open(EmulatorProcess emulator, int ratePerMinute, SoakCounters counters, WireCounter wire)
    {
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var session = new SoakSession(runspace, counters, wire);
        session.Setup(ps => ps.AddCommand("Import-Module").AddParameter("Name", RepoPaths.Manifest).AddParameter("ErrorAction", "Stop"));
        session.ModuleAssembly = string.Join(", ", AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "NaverWorks")
            .Select(a => $"{a.Location} ({(a.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? "Debug build: build with -c Release" : "optimized")})"));
        session.Setup(ps => ps.AddCommand("Connect-Works")
            .AddParameter("ClientId", emulator["clientId"]).AddParameter("ClientSecret", emulator["clientSecret"])
            .AddParameter("ServiceAccount", emulator["serviceAccount"]).AddParameter("PrivateKeyPath", emulator["privateKeyPath"])
            .AddParameter("Scope", emulator.Scopes).AddParameter("ApiEndpoint", emulator["apiEndpoint"])
            .AddParameter("AuthEndpoint", emulator["authEndpoint"]).AddParameter("RateLimitPerMinute", ratePerMinute));
        var workplace = emulator.Info["workplace"];
        string Key(string name) => workplace.GetProperty(name).GetString()!;
        session.Setup(ps => ps.AddCommand("Connect-Workplace")
            .AddParameter("AccessKey", Key("accessKey")).AddParameter("SecretKey", Key("secretKey"))
            .AddParameter("CompanyId", Key("companyId")).AddParameter("Endpoint", emulator["workplaceEndpoint"])
            .AddParameter("RateLimitPerMinute", ratePerMinute));
        return session;
    }

    /// <summary>Runs a setup step, which must not fail.</summary>
    public Collection<PSObject> Setup(Action<PowerShell> build, IEnumerable<object>? input = null)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        build(ps);
        var output = input is null ? ps.Invoke() : ps.Invoke(input);
        if (ps.Streams.Error.Count > 0) throw new InvalidOperationException(string.Join(Environment.NewLine, ps.Streams.Error));
        return output;
    }

    /// <summary>
    /// Runs one operation of the loop and counts it; <paramref name="items"/> is what it handled when it writes nothing
    /// on success (removes, suspends), otherwise the objects written count.
    /// </summary>
    public Collection<PSObject> Run(string what, Action<PowerShell> build, IEnumerable<object>? input = null, int items = -1)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        build(ps);
        Collection<PSObject> output;
        long started = Stopwatch.GetTimestamp(), requests = _wire.Responses.Value;
        try
        {
            output = input is null ? ps.Invoke() : ps.Invoke(input);
        }
        catch (RuntimeException e)
        {
            Failed(what, e.ErrorRecord);
            return [];
        }
        finally
        {
            // Operations run one at a time, so the answers received meanwhile are this operation's requests.
            var (count, sent, total) = _times.GetValueOrDefault(what);
            _times[what] = (count + 1, sent + _wire.Responses.Value - requests, total + Stopwatch.GetElapsedTime(started));
        }
        foreach (var error in ps.Streams.Error) Failed(what, error);
        _counters.Warnings.Add(ps.Streams.Warning.Count);
        _counters.Operations.Add();
        _counters.Items.Add(items >= 0 ? items : output.Count);
        return output;
    }

    /// <summary>Each operation's mean time and requests (its time is mostly waiting for the rate limiter once that binds).</summary>
    public IEnumerable<string> Times() =>
        _times.OrderByDescending(t => t.Value.Total)
            .Select(t => $"{t.Key}: {t.Value.Total.TotalMilliseconds / t.Value.Count:0} ms, {(double)t.Value.Requests / t.Value.Count:0.#} requests (×{t.Value.Count})");

    private void Failed(string what, ErrorRecord error)
    {
        bool rateLimit = error.CategoryInfo.Category == ErrorCategory.LimitsExceeded || error.ToString().Contains("429", StringComparison.Ordinal);
        _counters.Errors.Add();
        if (rateLimit) _counters.Surfaced429.Add();
        // The first few in full, so a failing run says why without flooding the log.
        if (Interlocked.Increment(ref _errorsShown) <= 20) Console.Error.WriteLine($"error in {what}: {error} [{error.FullyQualifiedErrorId}]");
    }

    public void Dispose() => _runspace.Dispose();
}
