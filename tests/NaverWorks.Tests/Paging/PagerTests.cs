using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Tests.Paging;

public class PagerTests
{
    private readonly List<(string? Token, int Size)> _requests = new();

    private Task<Page<int>> Fetch(string? token, int size, RequestContext _)
    {
        _requests.Add((token, size));
        int start = token is null ? 0 : int.Parse(token);
        var items = Enumerable.Range(start, System.Math.Min(size, 250 - start)).ToList();
        string? next = start + items.Count < 250 ? (start + items.Count).ToString() : null;
        return Task.FromResult(new Page<int>(items, next));
    }

    [Fact]
    public async Task Streams_every_page_until_the_cursor_is_omitted()
    {
        var all = await Pager.StreamAsync<int>(Fetch, new PagerOptions(), RequestContext.None).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 250), all);
        Assert.Equal(3, _requests.Count);
    }

    [Fact]
    public async Task Asks_for_the_next_page_only_when_an_item_beyond_this_one_is_wanted()
    {
        var e = Pager.StreamAsync<int>(Fetch, new PagerOptions(), RequestContext.None).GetAsyncEnumerator();
        for (int i = 0; i < 100; i++) Assert.True(await e.MoveNextAsync());
        Assert.Single(_requests);
        Assert.True(await e.MoveNextAsync());
        Assert.Equal(2, _requests.Count);
    }

    [Fact]
    public async Task First_smaller_than_a_page_requests_only_that_many()
    {
        var items = await Pager.StreamAsync<int>(Fetch, new PagerOptions { First = 3 }, RequestContext.None).ToListAsync();
        Assert.Equal(new[] { 0, 1, 2 }, items);
        Assert.Equal(new[] { ((string?)null, 3) }, _requests);
    }

    [Fact]
    public async Task Skip_and_First_combine_across_pages()
    {
        var items = await Pager.StreamAsync<int>(Fetch, new PagerOptions { Skip = 95, First = 10, PageSize = 100 }, RequestContext.None).ToListAsync();
        Assert.Equal(Enumerable.Range(95, 10), items);
        Assert.Equal(2, _requests.Count);
    }

    [Fact]
    public async Task Resumes_from_a_start_token()
    {
        var items = await Pager.StreamAsync<int>(Fetch, new PagerOptions { StartToken = "200" }, RequestContext.None).ToListAsync();
        Assert.Equal(Enumerable.Range(200, 50), items);
    }

    [Fact]
    public async Task An_empty_page_ends_the_list_even_with_a_cursor()
    {
        int calls = 0;
        PageFetcher<int> fetch = (t, s, c) => { calls++; return Task.FromResult(new Page<int>(new List<int>(), "again")); };
        Assert.Empty(await Pager.StreamAsync(fetch, new PagerOptions(), RequestContext.None).ToListAsync());
        Assert.Equal(1, calls);
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source) list.Add(item);
        return list;
    }
}
