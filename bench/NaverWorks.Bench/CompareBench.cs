using System.Diagnostics;
using System.Globalization;
using System.Management.Automation.Runspaces;
using System.Text.Json;

namespace NaverWorks.Bench;

/// <summary>
/// Issue 7's module-versus-raw ratios measured as an administrator's machine sees them: the emulator runs as its own
/// process (its tenant and Kestrel are not in this process's heap or garbage collections, as the real service is
/// not in pwsh's), both sides warm up until tiered JIT has settled, and rounds alternate module and raw so a ratio
/// per pair stays fair when the shared machine's load drifts. The figure is the median of the per-pair ratios.
/// </summary>
internal static class CompareBench
{
    /// <summary>One comparison: medians per item of each side and the median of per-round ratios (module time / raw time).</summary>
    public sealed record Pair(string What, string Unit, double Module, double Raw, double Ratio);

    public static async Task<List<Pair>> RunAsync(int listUsers, int bulkUsers, int calls, int rounds, int throttle, int latencyMs)
    {
        using var emulator = await EmulatorProcess.StartAsync(
            "--seed-users", Text(listUsers - 1), "--rate-limit", "0", "--orgunit-interval", "0", "--latency", Text(latencyMs));
        using var runspace = BenchHost.Connect(emulator);
        using var http = await RawClient.CreateAsync(emulator);
        return
        [
            await ListAsync(runspace, http, emulator["apiEndpoint"], listUsers, rounds),
            await GetAsync(runspace, http, calls, rounds),
            await BulkAsync(runspace, http, int.Parse(emulator["domainId"], CultureInfo.InvariantCulture), bulkUsers, rounds, throttle),
        ];
    }

    private static async Task<Pair> ListAsync(Runspace runspace, HttpClient http, string api, int users, int rounds)
    {
        // At least 200,000 users' worth of pages per side, whatever N: the child emulator starts with cold JIT too.
        for (int i = 0; i < Math.Max(2, 200_000 / users); i++)
        {
            Module(runspace, "Get-WorksUser | Out-Null");
            await ListBench.RawAsync(http, api, users);
        }
        return await PairedAsync($"list {users:N0} users (pages of 100)", "s per listing", rounds, 1,
            () => Module(runspace, "Get-WorksUser | Out-Null"), () => ListBench.RawAsync(http, api, users));
    }

    private static async Task<Pair> GetAsync(Runspace runspace, HttpClient http, int calls, int rounds)
    {
        string email = await FirstMemberEmailAsync(http);
        runspace.SessionStateProxy.SetVariable("email", email);
        string Script(int n) => $"foreach ($i in 1..{n}) {{ $null = Get-WorksUser -Id $email }}";
        Module(runspace, Script(1000));
        await GetBench.RawAsync(http, email, 1000);
        return await PairedAsync("single GET, Get-WorksUser -Id in a loop", "ms per call", rounds, calls,
            () => Module(runspace, Script(calls)), () => GetBench.RawAsync(http, email, calls));
    }

    private static async Task<Pair> BulkAsync(Runspace runspace, HttpClient http, int domainId, int users, int rounds, int throttle)
    {
        // 20,000 rows per side before measuring: with fewer, tiered JIT is still at work in both processes (ScaleBench).
        const int warmUp = 20_000;
        var orgUnits = await OrgUnitIdsAsync(http);
        string Id(string name) => orgUnits[name];
        static HttpRequestMessage Post(byte[] body) => new(HttpMethod.Post, "users") { Content = BulkBench.Json(body) };
        Module(runspace, $"New-BenchUserRow -Count {warmUp} -Prefix mw | New-WorksUser -ThrottleLimit {throttle} | Out-Null");
        await BulkBench.PostAllAsync(http, Rows.Bodies(warmUp, "rw", domainId, Id), throttle, Post);
        int round = 0;
        return await PairedAsync($"bulk create {users:N0} users, ThrottleLimit {throttle} vs {throttle} raw loops", "s per run", rounds, 1,
            () => Module(runspace, $"New-BenchUserRow -Count {users} -Prefix m{round}x | New-WorksUser -ThrottleLimit {throttle} | Out-Null"),
            () => TimedAsync(() => BulkBench.PostAllAsync(http, Rows.Bodies(users, $"r{round++}x", domainId, Id), throttle, Post)));
    }

    // Alternates module and raw rounds; per item = time / divisor.
    private static async Task<Pair> PairedAsync(string what, string unit, int rounds, double divisor, Func<TimeSpan> module, Func<Task<TimeSpan>> raw)
    {
        var m = new List<double>();
        var r = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            m.Add(module().TotalSeconds);
            r.Add((await raw()).TotalSeconds);
        }
        double scale = unit.StartsWith("ms", StringComparison.Ordinal) ? 1000 : 1;
        return new Pair(what, unit, Stats.Median(m) * scale / divisor, Stats.Median(r) * scale / divisor, Stats.Median(m.Select((v, i) => v / r[i])));
    }

    private static TimeSpan Module(Runspace runspace, string script)
    {
        var watch = Stopwatch.StartNew();
        BenchHost.Run(runspace, script);
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> TimedAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed;
    }

    private static async Task<string> FirstMemberEmailAsync(HttpClient http)
    {
        using var doc = JsonDocument.Parse(await http.GetByteArrayAsync("users?count=10"));
        return doc.RootElement.GetProperty("users").EnumerateArray()
            .First(u => !u.GetProperty("isAdministrator").GetBoolean()).GetProperty("email").GetString()!;
    }

    private static async Task<Dictionary<string, string>> OrgUnitIdsAsync(HttpClient http)
    {
        var ids = new Dictionary<string, string>();
        string? cursor = null;
        do
        {
            using var doc = JsonDocument.Parse(await http.GetByteArrayAsync("orgunits?count=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))));
            foreach (var unit in doc.RootElement.GetProperty("orgUnits").EnumerateArray())
                ids[unit.GetProperty("orgUnitName").GetString()!] = unit.GetProperty("orgUnitId").GetString()!;
            cursor = doc.RootElement.TryGetProperty("responseMetaData", out var meta) && meta.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
        }
        while (!string.IsNullOrEmpty(cursor));
        return ids;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
