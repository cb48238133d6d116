using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Directory.OrgUnits;

/// <summary>
/// Enforces the documented rule for org-unit writes (create, PUT, PATCH, move, delete): once per
/// second, single-threaded, per domain. The doc only states the rule; answering a violation with
/// 429 TOO_MANY_REQUESTS is the emulator's [INFERRED] enforcement. The interval is read from
/// <see cref="EmulatorOptions.OrgUnitWriteInterval"/> on every request (zero turns pacing off).
/// </summary>
internal sealed class OrgUnitWritePacer(EmulatorOptions options, TimeProvider time)
{
    private readonly Lock _sync = new();
    private bool _inFlight;
    private long? _lastStart;
    private int _rejected;

    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>Claims the domain's single write slot or throws 429; dispose the slot when the write is done.</summary>
    public IDisposable Enter()
    {
        var interval = options.OrgUnitWriteInterval;
        if (interval <= TimeSpan.Zero)
        {
            return Slot.None;
        }

        lock (_sync)
        {
            var now = time.GetTimestamp();
            var wait = _inFlight ? interval
                : _lastStart is { } last ? interval - time.GetElapsedTime(last, now)
                : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                Interlocked.Increment(ref _rejected);
                throw ApiErrors.TooManyRequests(Headers(interval, wait));
            }

            _inFlight = true;
            _lastStart = now;
            return new Slot(this);
        }
    }

    private static IReadOnlyDictionary<string, string> Headers(TimeSpan interval, TimeSpan wait)
    {
        var perMinute = Math.Max(1, (int)(TimeSpan.FromMinutes(1) / interval));
        return new RateLimitDecision(false, perMinute, 0, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))).Headers;
    }

    private void Exit()
    {
        lock (_sync)
        {
            _inFlight = false;
        }
    }

    private sealed class Slot(OrgUnitWritePacer? owner) : IDisposable
    {
        public static readonly Slot None = new(null);

        public void Dispose() => owner?.Exit();
    }
}
