using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Tests.Http;

public class OperationRateLimiterTests
{
    private DateTime _now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_full_bucket_lets_a_minute_of_calls_through_then_paces_the_rest()
    {
        var limiter = new OperationRateLimiter(60, () => _now);
        for (int i = 0; i < 60; i++) await limiter.WaitAsync("GET /users", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1));
        var blocked = limiter.WaitAsync("GET /users", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(blocked.IsCompleted);
        _now = _now.AddSeconds(1.01);
        await blocked.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Operations_have_separate_buckets()
    {
        var limiter = new OperationRateLimiter(1, () => _now);
        await limiter.WaitAsync("POST /users", CancellationToken.None);
        await limiter.WaitAsync("GET /users", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Server_reported_exhaustion_blocks_until_the_reset()
    {
        var limiter = new OperationRateLimiter(240, () => _now);
        await limiter.WaitAsync("POST /users", CancellationToken.None);
        limiter.Observe("POST /users", remaining: 0, reset: TimeSpan.FromSeconds(10));
        var waiting = limiter.WaitAsync("POST /users", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        _now = _now.AddSeconds(11);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Zero_means_no_proactive_limit()
    {
        var limiter = new OperationRateLimiter(0);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < 10_000; i++) await limiter.WaitAsync("GET /users", CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_429_block_holds_callers_back_even_without_a_proactive_limit()
    {
        var limiter = new OperationRateLimiter(0, () => _now);
        limiter.Block("POST /employee/{externalKey}", TimeSpan.FromSeconds(3));
        var waiting = limiter.WaitAsync("POST /employee/{externalKey}", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        await limiter.WaitAsync("GET /employee", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1));
        _now = _now.AddSeconds(3.1);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Waiting_is_cancellable()
    {
        var limiter = new OperationRateLimiter(1, () => _now);
        await limiter.WaitAsync("op", CancellationToken.None);
        using var cts = new CancellationTokenSource(100);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.WaitAsync("op", cts.Token));
    }
}
