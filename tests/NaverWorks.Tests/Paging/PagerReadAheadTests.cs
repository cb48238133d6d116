using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Tests.Paging;

public class PagerReadAheadTests
{
    private readonly List<(string? Token, int Size)> _requests = new();

    // 250 items in pages of the requested size; the cursor is the next offset.
    private Task<Page<int>> Fetch(string? token, int size, RequestContext _)
    {
        lock (_requests) _requests.Add((token, size));
        int start = token is null ? 0 : int.Parse(token);
        var items = Enumerable.Range(start, System.Math.Min(size, 250 - start)).ToList();
        string? next = start + items.Count < 250 ? (start + items.Count).ToString() : null;
        return Task.FromResult(new Page<int>(items, next));
    }

    private async Task<List<int>> Take(int count, PagerOptions options)
    {
        var taken = new List<int>();
        await foreach (int item in Pager.StreamAsync<int>(Fetch, options, RequestContext.None))
        {
            taken.Add(item);
            if (taken.Count == count) break;
        }
        return taken;
    }

    [Fact]
    public async Task A_consumer_that_stops_within_the_first_half_page_costs_one_request()
    {
        await Take(3, new PagerOptions { ReadAhead = true });
        Assert.Single(_requests);
    }

    [Fact]
    public async Task The_first_item_is_out_before_page_two_is_asked_for()
    {
        var e = Pager.StreamAsync<int>(Fetch, new PagerOptions { ReadAhead = true }, RequestContext.None).GetAsyncEnumerator();
        Assert.True(await e.MoveNextAsync());
        Assert.Single(_requests);
        for (int i = 0; i < 49; i++) Assert.True(await e.MoveNextAsync());
        Assert.Single(_requests);
        Assert.True(await e.MoveNextAsync()); // the 51st: half of page 1 is behind, page 2 is on its way
        Assert.Equal(2, _requests.Count);
        await e.DisposeAsync();
    }

    [Fact]
    public async Task From_the_second_page_on_the_next_one_is_asked_for_as_soon_as_a_page_arrives()
    {
        var e = Pager.StreamAsync<int>(Fetch, new PagerOptions { ReadAhead = true }, RequestContext.None).GetAsyncEnumerator();
        for (int i = 0; i < 101; i++) Assert.True(await e.MoveNextAsync());
        Assert.Equal(100, e.Current);
        Assert.Equal(new[] { (string?)null, "100", "200" }, _requests.Select(r => r.Token));
        await e.DisposeAsync();
    }

    [Fact]
    public async Task The_whole_list_arrives_once_in_order_and_a_last_page_is_never_followed()
    {
        var all = await Pager.StreamAsync<int>(Fetch, new PagerOptions { ReadAhead = true }, RequestContext.None).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 250), all);
        Assert.Equal(3, _requests.Count);
    }

    [Fact]
    public async Task First_and_Skip_still_decide_the_sizes_and_nothing_is_read_ahead_that_is_not_wanted()
    {
        var items = await Pager.StreamAsync<int>(Fetch, new PagerOptions { ReadAhead = true, Skip = 60, First = 50 }, RequestContext.None).ToListAsync();
        Assert.Equal(Enumerable.Range(60, 50), items);
        Assert.Equal(new[] { ((string?)null, 100), ("100", 10) }, _requests);
    }
}
