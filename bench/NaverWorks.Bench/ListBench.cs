using System.Diagnostics;
using System.Management.Automation;
using System.Net.Http.Headers;
using System.Text.Json;
using NaverWorks.Emulator;

namespace NaverWorks.Bench;

/// <summary>Get-WorksUser over a large tenant against raw HttpClient paging; memory; time to the first object.</summary>
internal static class ListBench
{
    public sealed record Result(int Users, TimeSpan Module, TimeSpan ModuleForEach, TimeSpan Raw, double PairedRatio, double PairedRatioForEach, long BaselineWorkingSet, long PeakWorkingSet, long BaselineHeap, long PeakHeap,
        TimeSpan FirstObject, int PageRequestsAtFirstObject, int ModuleRequests, int RawRequests);

    /// <param name="users">Users in the tenant (the super admin included).</param>
    /// <param name="rounds">Measured rounds of each path.</param>
    /// <param name="latency">Added to every API answer, as the network and a real service would (zero: loopback only).</param>
    public static async Task<Result> RunAsync(int users, int rounds, TimeSpan latency)
    {
        await using var host = await BenchHost.StartAsync(new EmulatorOptions { SeedUsers = users - 1, RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero }, 0);
        host.Server.Faults.LatencyMin = latency;
        host.Server.Faults.LatencyMax = latency;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32, AutomaticDecompression = System.Net.DecompressionMethods.All });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Server.Tokens.CreateAccessToken(host.Server.Demo));

        // Warm both paths up once (JIT, connections), then alternate measured rounds and keep the medians.
        // Two warm-up passes of each path, so tiered JIT has settled before anything is measured.
        for (int i = 0; i < 2; i++)
        {
            await RawAsync(http, host.Server.ApiEndpoint, users);
            ModuleCount(host, users, "$n = 0; Get-WorksUser | ForEach-Object { $n++ }; $n");
        }
        var raw = new List<TimeSpan>();
        var module = new List<TimeSpan>();
        var moduleForEach = new List<TimeSpan>();
        int rawRequests = 0, moduleRequests = 0;
        long baseWs = 0, peakWs = 0, baseHeap = 0, peakHeap = 0;
        for (int round = 0; round < rounds; round++)
        {
            host.Server.Requests.Clear();
            raw.Add(await RawAsync(http, host.Server.ApiEndpoint, users));
            rawRequests = host.Server.Requests.ForRoute("GET /users").Count;

            host.Server.Requests.Clear();
            using (var memory = new MemorySampler())
            {
                module.Add(ModuleCount(host, users, "Get-WorksUser | Out-Null"));
                if (memory.PeakWorkingSet - memory.BaselineWorkingSet >= peakWs - baseWs)
                {
                    baseWs = memory.BaselineWorkingSet;
                    peakWs = memory.PeakWorkingSet;
                    baseHeap = memory.BaselineHeap;
                    peakHeap = memory.PeakHeap;
                }
            }
            moduleRequests = host.Server.Requests.ForRoute("GET /users").Count;
            moduleForEach.Add(ModuleCount(host, users, "$n = 0; Get-WorksUser | ForEach-Object { $n++ }; $n"));
        }
        var (first, requestsAtFirst) = FirstObject(host);
        // Rounds run back to back in pairs, so a ratio per pair is fair even when the machine's load drifts.
        double paired = Stats.Median(module.Select((m, i) => m.TotalSeconds / raw[i].TotalSeconds));
        double pairedForEach = Stats.Median(moduleForEach.Select((m, i) => m.TotalSeconds / raw[i].TotalSeconds));
        return new Result(users, Stats.Median(module), Stats.Median(moduleForEach), Stats.Median(raw), paired, pairedForEach, baseWs, peakWs, baseHeap, peakHeap, first, requestsAtFirst, moduleRequests, rawRequests);
    }

    /// <summary>What a hand-written script does: follow nextCursor, parse each page, count the users.</summary>
    internal static async Task<TimeSpan> RawAsync(HttpClient http, string api, int expected)
    {
        var sw = Stopwatch.StartNew();
        int count = 0;
        string? cursor = null;
        do
        {
            string url = api + "/users?count=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            byte[] body = await http.GetByteArrayAsync(url);
            using var doc = JsonDocument.Parse(body);
            count += doc.RootElement.GetProperty("users").GetArrayLength();
            cursor = doc.RootElement.TryGetProperty("responseMetaData", out var meta) && meta.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
        }
        while (!string.IsNullOrEmpty(cursor));
        sw.Stop();
        if (count != expected) throw new InvalidOperationException($"raw paging saw {count} users, expected {expected}");
        return sw.Elapsed;
    }

    /// <summary>Runs a listing script and returns its time; when the script writes a number, it must be the user count.</summary>
    private static TimeSpan ModuleCount(BenchHost host, int expected, string script)
    {
        var sw = Stopwatch.StartNew();
        var output = host.Run(script);
        sw.Stop();
        if (output.Count > 0 && (int)output.Single().BaseObject != expected)
            throw new InvalidOperationException($"Get-WorksUser wrote {output.Single()} users, expected {expected}");
        return sw.Elapsed;
    }

    /// <summary>Time to the first object, and how many list pages had been asked for by then.</summary>
    private static (TimeSpan First, int Requests) FirstObject(BenchHost host)
    {
        host.Server.Requests.Clear();
        using var ps = PowerShell.Create();
        ps.Runspace = host.Runspace;
        ps.AddCommand("Get-WorksUser");
        var output = new PSDataCollection<PSObject>();
        var first = new TaskCompletionSource<(TimeSpan, int)>();
        var sw = Stopwatch.StartNew();
        output.DataAdded += (_, _) => first.TrySetResult((sw.Elapsed, host.Server.Requests.ForRoute("GET /users").Count));
        var running = ps.BeginInvoke<PSObject, PSObject>(null, output);
        var result = first.Task.GetAwaiter().GetResult();
        ps.Stop();
        try { ps.EndInvoke(running); } catch (PipelineStoppedException) { }
        return result;
    }
}
