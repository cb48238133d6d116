using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Tests.Http;

public class RequestPacerTests
{
    [Fact]
    public async Task Requests_of_a_group_run_one_at_a_time_with_the_interval_after_each_end()
    {
        var pacer = new RequestPacer();
        pacer.SetInterval("orgunit-write", TimeSpan.FromMilliseconds(100));
        int inFlight = 0, maxInFlight = 0;
        var spans = new List<(TimeSpan Start, TimeSpan End)>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using (await pacer.EnterAsync("orgunit-write", CancellationToken.None))
            {
                var start = clock.Elapsed;
                maxInFlight = Math.Max(maxInFlight, Interlocked.Increment(ref inFlight));
                await Task.Delay(30);
                Interlocked.Decrement(ref inFlight);
                lock (spans) spans.Add((start, clock.Elapsed));
            }
        }));
        Assert.Equal(1, maxInFlight);
        var ordered = spans.OrderBy(s => s.Start).ToList();
        for (int i = 1; i < ordered.Count; i++)
            Assert.True(ordered[i].Start - ordered[i - 1].End >= TimeSpan.FromMilliseconds(95), $"gap {ordered[i].Start - ordered[i - 1].End}");
    }

    [Fact]
    public async Task A_request_without_a_group_is_not_paced()
    {
        var pacer = new RequestPacer { DefaultInterval = TimeSpan.FromSeconds(30) };
        using (await pacer.EnterAsync("g", CancellationToken.None)) { }
        var second = pacer.EnterAsync(null, CancellationToken.None);
        Assert.True(second.IsCompleted);
        (await second).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_gives_the_turn_back()
    {
        var pacer = new RequestPacer();
        pacer.SetInterval("g", TimeSpan.FromSeconds(30));
        using (await pacer.EnterAsync("g", CancellationToken.None)) { }
        using var cancel = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.EnterAsync("g", cancel.Token));
        pacer.SetInterval("g", TimeSpan.Zero);
        var next = pacer.EnterAsync("g", CancellationToken.None);
        (await next.WaitAsync(TimeSpan.FromSeconds(2))).Dispose();
    }
}
