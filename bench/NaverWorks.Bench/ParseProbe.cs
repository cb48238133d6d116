using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using NaverWorks.Emulator;

namespace NaverWorks.Bench;

/// <summary>Diagnostic: how long parsing all pages of the list takes as JsonDocument and as typed users, network and emulator left out.</summary>
internal static class ParseProbe
{
    private sealed class UsersPage : NaverWorks.Api.CursorEnvelope
    {
        public List<NaverWorks.User>? Users { get; set; }
    }

    public static async Task RunAsync(int users)
    {
        await using var host = await BenchHost.StartAsync(new EmulatorOptions { SeedUsers = users - 1, RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero }, 0);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Server.Tokens.CreateAccessToken(host.Server.Demo));
        var pages = new List<byte[]>();
        string? cursor = null;
        do
        {
            var body = await http.GetByteArrayAsync(host.Server.ApiEndpoint + "/users?count=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            pages.Add(body);
            using var doc = JsonDocument.Parse(body);
            cursor = doc.RootElement.GetProperty("responseMetaData").TryGetProperty("nextCursor", out var n) ? n.GetString() : null;
        } while (cursor is not null);
        var insensitive = NaverWorks.Json.WorksJson.Options;
        var sensitive = new JsonSerializerOptions(insensitive) { PropertyNameCaseInsensitive = false };
        for (int round = 0; round < 4; round++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var p in pages) { using var d = JsonDocument.Parse(p); _ = d.RootElement.GetProperty("users").GetArrayLength(); }
            long doc = sw.ElapsedMilliseconds; sw.Restart();
            foreach (var p in pages) JsonSerializer.Deserialize<UsersPage>(p, insensitive);
            long typedInsensitive = sw.ElapsedMilliseconds; sw.Restart();
            foreach (var p in pages) JsonSerializer.Deserialize<UsersPage>(p, sensitive);
            long typedSensitive = sw.ElapsedMilliseconds;
            Console.WriteLine($"parse only, {pages.Count} pages: JsonDocument {doc} ms, typed case-insensitive {typedInsensitive} ms, typed case-sensitive {typedSensitive} ms");
        }
    }
}
