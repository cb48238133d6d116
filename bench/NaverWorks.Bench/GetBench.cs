using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using NaverWorks.Emulator;

namespace NaverWorks.Bench;

/// <summary>
/// Issue 7: the cost of one `Get-WorksUser -Id` against the same GET sent by a bare HttpClient. Both go to the
/// same emulator, sequentially, after a warm-up; the figure is the median of several rounds of N calls.
/// </summary>
internal static class GetBench
{
    public sealed record Result(double ModuleMs, double RawMs, double Ratio);

    public static async Task<Result> RunAsync(int calls, int rounds, TimeSpan latency)
    {
        await using var host = await BenchHost.StartAsync(new EmulatorOptions { SeedUsers = 10, RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero }, moduleRateLimit: 0);
        host.Server.Faults.LatencyMin = host.Server.Faults.LatencyMax = latency;
        string email = host.Server.Tenant.GetUsers().First(u => !u.IsAdministrator).Email;
        using var http = new HttpClient { BaseAddress = new Uri(host.Server.ApiEndpoint.TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Server.Tokens.CreateAccessToken(host.Server.Demo));
        host.Runspace.SessionStateProxy.SetVariable("email", email);
        string script = $"$w = [System.Diagnostics.Stopwatch]::StartNew(); foreach ($i in 1..{calls}) {{ $null = Get-WorksUser -Id $email }}; $w.Elapsed.TotalMilliseconds";

        // Warm-up: JIT, connection pool, first token.
        host.Run(script.Replace($"1..{calls}", "1..50"));
        await RawAsync(http, email, 50);

        var module = new List<double>();
        var raw = new List<double>();
        var ratios = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            double m = Convert.ToDouble(host.Run(script).Single().BaseObject, CultureInfo.InvariantCulture) / calls;
            double r = (await RawAsync(http, email, calls)).TotalMilliseconds / calls;
            module.Add(m);
            raw.Add(r);
            ratios.Add(m / r);
        }
        return new Result(Stats.Median(module), Stats.Median(raw), Stats.Median(ratios));
    }

    /// <summary>The same GET sent by a bare HttpClient <paramref name="calls"/> times in a row; returns the elapsed time.</summary>
    internal static async Task<TimeSpan> RawAsync(HttpClient http, string email, int calls)
    {
        string path = "users/" + Uri.EscapeDataString(email);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            using var response = await http.GetAsync(path);
            response.EnsureSuccessStatusCode();
            using var doc = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        }
        return watch.Elapsed;
    }
}
