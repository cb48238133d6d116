using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;

namespace NaverWorks.Tests.Bulk;

public class BulkExecutorTests
{
    [Fact]
    public void Outcomes_come_back_in_input_order_whatever_order_rows_finish_in()
    {
        var random = new Random(1);
        var executor = new BulkExecutor<int, int>(8, async (i, c) => { await Task.Delay(random.Next(0, 20)); return i * 2; }, RequestContext.None, () => { });
        var seen = new List<BulkOutcome<int, int>>();
        for (int i = 1; i <= 100; i++)
        {
            SpinWait.SpinUntil(() => { seen.AddRange(executor.TakeReady()); return executor.HasFreeSlot; });
            executor.Submit(i, i);
        }
        SpinWait.SpinUntil(() => { seen.AddRange(executor.TakeReady()); return executor.IsDrained; }, TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(1, 100), seen.Select(o => (int)o.Row));
        Assert.All(seen, o => Assert.Equal(o.Item * 2, o.Result));
    }

    [Fact]
    public void Never_runs_more_rows_than_the_throttle_limit()
    {
        int running = 0, peak = 0;
        var executor = new BulkExecutor<int, int>(4, async (i, c) =>
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(5);
            Interlocked.Decrement(ref running);
            return i;
        }, RequestContext.None, () => { });
        for (int i = 0; i < 50; i++)
        {
            SpinWait.SpinUntil(() => { executor.TakeReady().ToList(); return executor.HasFreeSlot; });
            executor.Submit(i, i);
        }
        SpinWait.SpinUntil(() => { executor.TakeReady().ToList(); return executor.IsDrained; }, TimeSpan.FromSeconds(10));
        Assert.InRange(peak, 1, 4);
    }

    [Fact]
    public void A_failing_row_becomes_its_outcome_and_the_others_go_on()
    {
        var executor = new BulkExecutor<int, int>(2, (i, c) => i == 2 ? throw new InvalidOperationException("row 2 is bad") : Task.FromResult(i), RequestContext.None, () => { });
        var seen = new List<BulkOutcome<int, int>>();
        for (int i = 1; i <= 3; i++)
        {
            SpinWait.SpinUntil(() => { seen.AddRange(executor.TakeReady()); return executor.HasFreeSlot; });
            executor.Submit(i, i);
        }
        SpinWait.SpinUntil(() => { seen.AddRange(executor.TakeReady()); return executor.IsDrained; }, TimeSpan.FromSeconds(10));
        Assert.Equal(new[] { true, false, true }, seen.Select(o => o.Succeeded));
        Assert.Equal("row 2 is bad", seen[1].Error!.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}

public class BulkExecutorQueueTests
{
    [Fact]
    public void Rows_read_ahead_wait_in_a_short_queue_and_start_as_slots_free()
    {
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        int started = 0;
        var executor = new BulkExecutor<int, int>(2, async (i, c) => { Interlocked.Increment(ref started); await release.Task; return i; }, RequestContext.None, () => { });
        var seen = new List<BulkOutcome<int, int>>();
        int submitted = 0;
        while (executor.HasFreeSlot) executor.Submit(++submitted, submitted);
        Assert.Equal(4, submitted); // two running, two waiting
        SpinWait.SpinUntil(() => Volatile.Read(ref started) == 2, TimeSpan.FromSeconds(5));
        Thread.Sleep(50);
        Assert.Equal(2, Volatile.Read(ref started));
        release.SetResult(true);
        SpinWait.SpinUntil(() => { seen.AddRange(executor.TakeReady()); return executor.IsDrained; }, TimeSpan.FromSeconds(10));
        Assert.Equal(new long[] { 1, 2, 3, 4 }, seen.Select(o => o.Row));
        Assert.Equal(4, started);
    }
}
