using System.Diagnostics;
using System.Management.Automation;
using NaverWorks.Emulator;
using NaverWorks.Workplace;

namespace NaverWorks.Bench;

/// <summary>
/// Issue 7, WORKPLACE half of the bulk benchmarks: New-WorkplaceEmployee over N CSV rows against a rate-limited or
/// unlimited emulator, and the same employees posted by raw HttpClient loops signed with the module's own
/// <see cref="ApiGatewaySigner"/> (the HMAC is the protocol, not the module's overhead, so both sides pay it alike).
/// </summary>
internal static class WorkplaceBulkBench
{
    /// <summary>Creates <paramref name="employees"/> employees with New-WorkplaceEmployee -ThrottleLimit <paramref name="throttle"/>.</summary>
    /// <param name="moduleRatePerMinute">Connect-Workplace -RateLimitPerMinute; by default the gateway's limit. 0 shows what the transport's 429 handling does alone.</param>
    public static async Task<BulkBench.ModuleRun> ModuleAsync(int employees, int ratePerMinute, int throttle, TimeSpan latency, int? moduleRatePerMinute = null, int warmUp = 100)
    {
        int moduleRate = moduleRatePerMinute ?? ratePerMinute;
        await using var host = await BenchHost.StartWorkplaceAsync(new EmulatorOptions { RateLimitPerMinute = 0, WorkplaceRateLimitPerMinute = ratePerMinute, OrgUnitWriteInterval = TimeSpan.Zero }, moduleRate);
        host.Server.Faults.LatencyMin = host.Server.Faults.LatencyMax = latency;
        if (warmUp > 0)
        {
            BulkBench.Invoke(host, "New-WorkplaceEmployee", WorkplaceRows.Csv(warmUp, "warm"), throttle, out _);
            // Give both limiters a full minute's budget again, so the measured run starts like a fresh one.
            host.Server.WorkplaceRateLimits.PerMinute = ratePerMinute;
            host.Server.WorkplaceRateLimits.Reset();
            host.Run($"(Get-WorkplaceSession).RateLimitPerMinute = {moduleRate}");
        }
        host.Server.Requests.Clear();
        var sw = Stopwatch.StartNew();
        var output = BulkBench.Invoke(host, "New-WorkplaceEmployee", WorkplaceRows.Csv(employees, "bulk"), throttle, out var errors);
        sw.Stop();
        // WORKPLACE routes have no route template in the journal (they are dispatched on the raw target).
        var posts = host.Server.Requests.Entries.Where(e => e.Method == "POST" && e.Path.Contains("/employee/", StringComparison.Ordinal)).ToList();
        return new BulkBench.ModuleRun(employees, output, errors.Count, errors.Count(e => e.CategoryInfo.Category == ErrorCategory.LimitsExceeded), sw.Elapsed,
            posts.Count, posts.Count(p => p.Status == 429), BulkBench.SteadyRate(posts.Where(p => p.Status == 201).Select(p => p.Timestamp).ToList(), ratePerMinute));
    }

    /// <summary>
    /// Medians of paired rounds: module time, raw time, raw/module time ratio (= module/raw throughput), and this
    /// process's CPU time and allocation per row on each side (the emulator's share included on both).
    /// </summary>
    public sealed record Comparison(TimeSpan Module, TimeSpan Raw, double Ratio, int Created, int Errors, Cost ModuleCost, Cost RawCost);

    /// <summary>CPU microseconds and allocated kilobytes per row.</summary>
    public sealed record Cost(double CpuMicros, double AllocatedKb);

    /// <summary>
    /// New-WorkplaceEmployee against <paramref name="concurrency"/> plain HttpClient loops posting the same employees,
    /// each request signed when sent. Each side has its own emulator in this process and warms up first; then the two
    /// run back to back in every round (new keys each time), so a round's ratio is fair even when the machine's load
    /// drifts, and neither side runs on code the other has just warmed.
    /// </summary>
    public static async Task<Comparison> CompareAsync(int employees, int concurrency, TimeSpan latency, int rounds, int warmUp)
    {
        var options = new EmulatorOptions { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero };
        await using var host = await BenchHost.StartWorkplaceAsync(options, 0);
        await using var server = await EmulatorServer.StartAsync(options);
        host.Server.Faults.LatencyMin = host.Server.Faults.LatencyMax = server.Faults.LatencyMin = server.Faults.LatencyMax = latency;
        var company = server.Workplace.Demo;
        var signer = new ApiGatewaySigner(company.AccessKey, company.SecretKey);
        var gateway = new Uri(server.WorkplaceEndpoint);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 });
        HttpRequestMessage Post((string Key, byte[] Body) row)
        {
            var message = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, WorkplacePaths.Item(company.CompanyId, WorkplaceResource.Employee, row.Key))) { Content = BulkBench.Json(row.Body) };
            signer.Apply(message, () => DateTimeOffset.UtcNow);
            return message;
        }

        BulkBench.Invoke(host, "New-WorkplaceEmployee", WorkplaceRows.Csv(warmUp, "warm"), concurrency, out _);
        await BulkBench.PostAllAsync(http, WorkplaceRows.Bodies(warmUp, "warm"), concurrency, Post);
        var module = new List<TimeSpan>();
        var raw = new List<TimeSpan>();
        var moduleCost = new List<Cost>();
        var rawCost = new List<Cost>();
        int created = 0, errors = 0;
        for (int round = 0; round < rounds; round++)
        {
            var rows = WorkplaceRows.Csv(employees, $"m{round}x");
            var meter = new CostMeter(employees);
            created += BulkBench.Invoke(host, "New-WorkplaceEmployee", rows, concurrency, out var failed);
            module.Add(meter.Elapsed);
            moduleCost.Add(meter.Cost());
            errors += failed.Count;

            var bodies = WorkplaceRows.Bodies(employees, $"r{round}x");
            meter = new CostMeter(employees);
            await BulkBench.PostAllAsync(http, bodies, concurrency, Post);
            raw.Add(meter.Elapsed);
            rawCost.Add(meter.Cost());
        }
        double ratio = Stats.Median(module.Select((m, i) => raw[i] / m).ToList());
        return new Comparison(Stats.Median(module), Stats.Median(raw), ratio, created, errors,
            new Cost(Stats.Median(moduleCost.Select(c => c.CpuMicros).ToList()), Stats.Median(moduleCost.Select(c => c.AllocatedKb).ToList())),
            new Cost(Stats.Median(rawCost.Select(c => c.CpuMicros).ToList()), Stats.Median(rawCost.Select(c => c.AllocatedKb).ToList())));
    }

    /// <summary>Wall time, process CPU time and allocation from its creation on, per row.</summary>
    private sealed class CostMeter(int rows)
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);

        public TimeSpan Elapsed => _watch.Elapsed;

        public Cost Cost() => new(
            (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMilliseconds * 1000 / rows,
            (GC.GetTotalAllocatedBytes(precise: true) - _allocated) / 1024.0 / rows);
    }
}
