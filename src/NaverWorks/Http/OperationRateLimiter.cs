using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace NaverWorks.Http
{
    /// <summary>
    /// Keeps each API operation under its documented limit (240 requests a minute per operation on the
    /// Standard and Advanced plans) before the server has to say 429. One token bucket per operation,
    /// shared by every thread of a session; the server's <c>rateLimit-remaining</c>/<c>rateLimit-reset</c>
    /// headers correct it when another job uses the same app.
    /// </summary>
    public sealed class OperationRateLimiter
    {
        private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new ConcurrentDictionary<string, TokenBucket>(StringComparer.Ordinal);
        private static readonly TimeSpan MaxSlice = TimeSpan.FromMilliseconds(200);
        private readonly Func<DateTime> _clock;
        private int _perMinute;

        /// <summary>Creates a limiter allowing <paramref name="perMinute"/> calls a minute per operation (0 = no limit).</summary>
        public OperationRateLimiter(int perMinute, Func<DateTime>? clock = null)
        {
            _perMinute = perMinute;
            _clock = clock ?? (() => DateTime.UtcNow);
        }

        /// <summary>Calls a minute allowed per operation; 0 turns proactive limiting off. Changing it resets the buckets.</summary>
        public int PerMinute
        {
            get => _perMinute;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "The rate limit cannot be negative.");
                _perMinute = value;
                _buckets.Clear();
            }
        }

        /// <summary>Waits until <paramref name="operation"/> may be called, and takes its slot.</summary>
        public async Task WaitAsync(string operation, CancellationToken cancellation)
        {
            if (_perMinute <= 0)
            {
                // No proactive limit, but a 429's block still holds every caller back: the transport's only
                // wait after a 429 is this one, so returning at once would retry without any backoff.
                if (_buckets.TryGetValue(operation, out var blocked))
                    await WaitWhileAsync(() => blocked.BlockRemaining(_clock()), cancellation).ConfigureAwait(false);
                return;
            }
            var bucket = _buckets.GetOrAdd(operation, _ => new TokenBucket(_perMinute, _clock()));
            await WaitWhileAsync(() => bucket.TryTake(_clock()), cancellation).ConfigureAwait(false);
        }

        private static async Task WaitWhileAsync(Func<TimeSpan> nextWait, CancellationToken cancellation)
        {
            while (true)
            {
                TimeSpan wait = nextWait();
                if (wait <= TimeSpan.Zero) return;
                // Sleep in short slices: a block may be lifted or the limit changed meanwhile.
                await Task.Delay(wait < MaxSlice ? wait : MaxSlice, cancellation).ConfigureAwait(false);
            }
        }

        /// <summary>Aligns the bucket with what the server reported about the window.</summary>
        public void Observe(string operation, int? remaining, TimeSpan? reset)
        {
            if (_perMinute <= 0 || remaining is null) return;
            if (_buckets.TryGetValue(operation, out var bucket))
                bucket.Align(remaining.Value, reset, _clock());
        }

        /// <summary>After a 429, holds every caller of the operation back for <paramref name="wait"/>.</summary>
        public void Block(string operation, TimeSpan wait)
        {
            var bucket = _buckets.GetOrAdd(operation, _ => new TokenBucket(Math.Max(_perMinute, 1), _clock()));
            bucket.Block(_clock() + wait);
        }

        private sealed class TokenBucket
        {
            private readonly double _capacity;
            private readonly double _perSecond;
            private double _tokens;
            private DateTime _last;
            private DateTime _blockedUntil;

            public TokenBucket(int perMinute, DateTime now)
            {
                _capacity = perMinute;
                _perSecond = perMinute / 60.0;
                _tokens = perMinute;
                _last = now;
            }

            public TimeSpan BlockRemaining(DateTime now)
            {
                lock (this) return now < _blockedUntil ? _blockedUntil - now : TimeSpan.Zero;
            }

            public TimeSpan TryTake(DateTime now)
            {
                lock (this)
                {
                    if (now < _blockedUntil) return _blockedUntil - now;
                    Refill(now);
                    if (_tokens >= 1)
                    {
                        _tokens -= 1;
                        return TimeSpan.Zero;
                    }
                    return TimeSpan.FromSeconds((1 - _tokens) / _perSecond);
                }
            }

            public void Align(int remaining, TimeSpan? reset, DateTime now)
            {
                lock (this)
                {
                    Refill(now);
                    if (remaining < _tokens) _tokens = remaining;
                    if (remaining <= 0 && reset is TimeSpan r && r > TimeSpan.Zero && now + r > _blockedUntil)
                        _blockedUntil = now + r;
                }
            }

            public void Block(DateTime until)
            {
                lock (this)
                {
                    if (until > _blockedUntil) _blockedUntil = until;
                    // The server said the window is spent: start refilling only when the block ends.
                    _tokens = 0;
                    if (until > _last) _last = until;
                }
            }

            private void Refill(DateTime now)
            {
                double seconds = (now - _last).TotalSeconds;
                if (seconds <= 0) return;
                _tokens = Math.Min(_capacity, _tokens + seconds * _perSecond);
                _last = now;
            }
        }
    }
}
