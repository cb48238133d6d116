using System.Net;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NaverWorks.Api;
using NaverWorks.Http;

namespace NaverWorks.Micro;

/// <summary>
/// One page of 100 users: what a raw script pays (JsonDocument), what the pager's request chain pays (the scan for
/// the count and cursor, DeferredPage), and the scan plus the typed users the cmdlet writes.
/// </summary>
[MemoryDiagnoser]
public class PageReading
{
    private readonly ApiRequest _request = new(HttpMethod.Get, "/users", "GET /users");
    private byte[] _page = [];

    [GlobalSetup]
    public void Setup() => _page = SamplePage.Users(100);

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var doc = JsonDocument.Parse(_page);
        return doc.RootElement.GetProperty("users").GetArrayLength();
    }

    [Benchmark]
    public int ScanForCountAndCursor() => DeferredPage.Read<User>(_page, HttpStatusCode.OK, _request, "users").Items.Count;

    [Benchmark]
    public User ScanAndTypedUsers() => DeferredPage.Read<User>(_page, HttpStatusCode.OK, _request, "users").Items[99];
}
