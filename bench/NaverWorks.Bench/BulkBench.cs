using System.Diagnostics;
using System.Management.Automation;
using System.Net.Http.Headers;
using NaverWorks.Emulator;

namespace NaverWorks.Bench;

/// <summary>New-WorksUser over N CSV rows, against a rate-limited or unlimited emulator, and a raw HttpClient loop.</summary>
internal static class BulkBench
{
    public sealed record ModuleRun(int Users, int Created, int Errors, int LimitErrors, TimeSpan Elapsed, int Posts, int WireTooMany, double SteadyPerMinute);

    /// <summary>Creates <paramref name="users"/> users with New-WorksUser -ThrottleLimit <paramref name="throttle"/>.</summary>
    public static async Task<ModuleRun> ModuleAsync(int users, int ratePerMinute, int throttle, TimeSpan latency, int warmUp = 100)
    {
        await using var host = await BenchHost.StartAsync(new EmulatorOptions { SeedUsers = 1, RateLimitPerMinute = ratePerMinute, OrgUnitWriteInterval = TimeSpan.Zero }, ratePerMinute);
        host.Server.Faults.LatencyMin = host.Server.Faults.LatencyMax = latency;
        if (warmUp > 0)
        {
            Invoke(host, "New-WorksUser", Rows.Csv(warmUp, "warm"), throttle, out _);
            // Give both rate limiters a full minute's budget again, so the measured run starts like a fresh one.
            host.Server.RateLimits.PerMinute = ratePerMinute;
            host.Run($"(Get-WorksSession).RateLimitPerMinute = {ratePerMinute}");
        }
        host.Server.Requests.Clear();
        var sw = Stopwatch.StartNew();
        var output = Invoke(host, "New-WorksUser", Rows.Csv(users, "bulk"), throttle, out var errors);
        sw.Stop();
        var posts = host.Server.Requests.ForRoute("POST /users");
        return new ModuleRun(users, output, errors.Count, errors.Count(e => e.CategoryInfo.Category == ErrorCategory.LimitsExceeded), sw.Elapsed,
            posts.Count, posts.Count(p => p.Status == 429), SteadyRate(posts.Where(p => p.Status == 201).Select(p => p.Timestamp).ToList(), ratePerMinute));
    }

    /// <summary>The same users posted by <paramref name="concurrency"/> plain HttpClient loops; returns the elapsed time.</summary>
    public static async Task<TimeSpan> RawAsync(int users, int concurrency, TimeSpan latency, int warmUp = 100)
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { SeedUsers = 1, RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero });
        server.Faults.LatencyMin = server.Faults.LatencyMax = latency;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Tokens.CreateAccessToken(server.Demo));
        string Id(string name) => server.Tenant.FindOrgUnitByName(name)!.OrgUnitId;
        HttpRequestMessage Post(byte[] body) => new(HttpMethod.Post, server.ApiEndpoint + "/users") { Content = Json(body) };
        await PostAllAsync(http, Rows.Bodies(warmUp, "warm", server.Tenant.DomainId, Id), concurrency, Post);
        var bodies = Rows.Bodies(users, "bulk", server.Tenant.DomainId, Id);
        var sw = Stopwatch.StartNew();
        await PostAllAsync(http, bodies, concurrency, Post);
        return sw.Elapsed;
    }

    /// <summary>Pipes <paramref name="rows"/> into <paramref name="command"/> -ThrottleLimit <paramref name="throttle"/>; returns the objects written.</summary>
    internal static int Invoke(BenchHost host, string command, IEnumerable<PSObject> rows, int throttle, out List<ErrorRecord> errors)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = host.Runspace;
        ps.AddCommand(command).AddParameter("ThrottleLimit", throttle);
        var output = new List<PSObject>();
        ps.Invoke(rows, output);
        errors = ps.Streams.Error.ToList();
        return output.Count;
    }

    internal static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary><paramref name="concurrency"/> loops sending one request per item (built when it is sent), each expecting 201.</summary>
    internal static async Task PostAllAsync<T>(HttpClient http, IReadOnlyList<T> items, int concurrency, Func<T, HttpRequestMessage> request)
    {
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (int i = Interlocked.Increment(ref next); i < items.Count; i = Interlocked.Increment(ref next))
            {
                using var message = request(items[i]);
                using var response = await http.SendAsync(message);
                if ((int)response.StatusCode != 201) throw new InvalidOperationException($"raw POST answered {(int)response.StatusCode}");
                await response.Content.ReadAsByteArrayAsync();
            }
        }));
    }

    // Both buckets start full (a minute's worth), so the first R creates go at once; the rate that matters is the
    // one sustained after that budget is spent: creates past the R-th divided by the time they took.
    internal static double SteadyRate(List<DateTimeOffset> created, int perMinute)
    {
        if (perMinute <= 0 || created.Count <= perMinute + 1) return double.NaN;
        created.Sort();
        var span = created[^1] - created[perMinute];
        return (created.Count - 1 - perMinute) / span.TotalMinutes;
    }
}
