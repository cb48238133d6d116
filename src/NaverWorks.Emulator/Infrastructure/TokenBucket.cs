namespace NaverWorks.Emulator.Infrastructure;

/// <summary>
/// A token bucket holding <c>limit</c> requests that refills continuously at <c>limit</c> per
/// minute: a burst of <c>limit</c> is allowed, then one request per <c>60/limit</c> seconds.
/// </summary>
internal sealed class TokenBucket(int limit, TimeProvider time)
{
    private readonly Lock _sync = new();
    private readonly double _perSecond = limit / 60.0;
    private double _tokens = limit;
    private long _last = time.GetTimestamp();

    public int Limit => limit;

    public RateLimitDecision TryTake()
    {
        lock (_sync)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(limit, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * _perSecond));
            _last = now;
            var allowed = _tokens >= 1;
            if (allowed)
            {
                _tokens -= 1;
            }

            var remaining = (int)Math.Floor(_tokens);
            // Seconds until the next whole slot accrues; 0 when nothing is used.
            var reset = remaining >= limit ? 0 : Math.Max(1, (int)Math.Ceiling((remaining + 1 - _tokens) / _perSecond));
            return new RateLimitDecision(allowed, limit, remaining, reset);
        }
    }
}
