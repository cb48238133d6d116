using System.Collections.Concurrent;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator;

/// <summary>
/// The documented per-operation rate limit: one token bucket of <see cref="PerMinute"/> requests
/// for each (client app, operation) pair, where an operation is a method plus route template such
/// as <c>POST /users</c>. The WORKPLACE gateway uses a second instance, keyed by access key and
/// operation (e.g. <c>POST /employee/{externalKey}</c>). Thread-safe.
/// </summary>
public sealed class RateLimits
{
    private readonly ConcurrentDictionary<(string Client, string Operation), TokenBucket> _buckets = new();
    private readonly TimeProvider _time;
    private int _perMinute;
    private int _rejected;

    /// <summary>Creates a limiter; the emulator makes its own, and a host that maps WORKPLACE alone may pass one to <c>MapWorkplace</c>.</summary>
    /// <param name="perMinute">Requests per minute per caller and operation; 0 turns limiting off.</param>
    /// <param name="time">The clock the buckets refill by.</param>
    public RateLimits(int perMinute, TimeProvider time)
    {
        _time = time;
        PerMinute = perMinute;
    }

    /// <summary>Requests per minute per client app and operation; 0 turns limiting (and the headers) off. Changing it refills every bucket.</summary>
    public int PerMinute
    {
        get => _perMinute;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _perMinute = value;
            _buckets.Clear();
        }
    }

    /// <summary>Requests answered 429 by this limiter.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>Refills every bucket and zeroes <see cref="Rejected"/>.</summary>
    public void Reset()
    {
        _buckets.Clear();
        Interlocked.Exchange(ref _rejected, 0);
    }

    /// <summary>Takes one request from the bucket of (<paramref name="clientId"/>, <paramref name="operation"/>); null when limiting is off.</summary>
    /// <param name="clientId">The caller: a client app id, or a WORKPLACE access key.</param>
    /// <param name="operation">The operation, e.g. <c>POST /users</c>.</param>
    /// <returns>The decision and its header values; null when limiting is off.</returns>
    public RateLimitDecision? TryAcquire(string clientId, string operation)
    {
        var limit = _perMinute;
        if (limit <= 0)
        {
            return null;
        }

        var bucket = _buckets.GetOrAdd((clientId, operation), _ => new TokenBucket(limit, _time));
        var decision = bucket.TryTake();
        if (!decision.Allowed)
        {
            Interlocked.Increment(ref _rejected);
        }

        return decision;
    }
}
