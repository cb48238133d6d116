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

    /// <summary>The same employees posted by <paramref name="concurrency"/> plain HttpClient loops, each request signed when sent; returns the elapsed time.</summary>
    public static async Task<TimeSpan> RawAsync(int employees, int concurrency, TimeSpan latency, int warmUp = 100)
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero });
        server.Faults.LatencyMin = server.Faults.LatencyMax = latency;
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
        await BulkBench.PostAllAsync(http, WorkplaceRows.Bodies(warmUp, "warm"), concurrency, Post);
        var bodies = WorkplaceRows.Bodies(employees, "bulk");
        var sw = Stopwatch.StartNew();
        await BulkBench.PostAllAsync(http, bodies, concurrency, Post);
        return sw.Elapsed;
    }
}
