using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace NaverWorks.Http
{
    /// <summary>
    /// Serial pacing groups: some writes must be made one at a time with a pause in between (NAVER WORKS
    /// asks for org-unit writes "once per second, single-threaded, per domain"). A request that names a
    /// group (<see cref="ApiRequest.PacingGroup"/>) waits until no other request of the group is in flight
    /// and the group's interval has passed since the previous one <em>finished</em>. Measuring from the end,
    /// not the start, keeps the spacing the server sees at least the interval whatever the network latency.
    /// </summary>
    public sealed class RequestPacer
    {
        private static readonly Task<IDisposable> Unpaced = Task.FromResult<IDisposable>(NoGate.Instance);
        private readonly ConcurrentDictionary<string, Gate> _gates = new ConcurrentDictionary<string, Gate>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, TimeSpan> _intervals = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        private TimeSpan _defaultInterval = TimeSpan.FromSeconds(1);

        /// <summary>The interval of groups that were not given one (1 second).</summary>
        public TimeSpan DefaultInterval
        {
            get => _defaultInterval;
            set => _defaultInterval = Checked(value);
        }

        /// <summary>The minimum pause between two requests of <paramref name="group"/>.</summary>
        public TimeSpan GetInterval(string group) => _intervals.TryGetValue(group, out var interval) ? interval : _defaultInterval;

        /// <summary>Sets the pause of <paramref name="group"/>; zero keeps only the one-at-a-time rule.</summary>
        public void SetInterval(string group, TimeSpan interval) => _intervals[group] = Checked(interval);

        /// <summary>
        /// Waits for the group's turn; dispose the result when the request has finished. A null group is not
        /// paced and returns at once.
        /// </summary>
        public Task<IDisposable> EnterAsync(string? group, CancellationToken cancellation)
        {
            if (group is null) return Unpaced;
            return _gates.GetOrAdd(group, _ => new Gate()).EnterAsync(GetInterval(group), cancellation);
        }

        private static TimeSpan Checked(TimeSpan interval) =>
            interval < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(interval), "The interval cannot be negative.") : interval;

        private sealed class Gate
        {
            private readonly SemaphoreSlim _turn = new SemaphoreSlim(1, 1);
            private readonly Stopwatch _clock = Stopwatch.StartNew();
            private TimeSpan? _lastEnd;

            public async Task<IDisposable> EnterAsync(TimeSpan interval, CancellationToken cancellation)
            {
                await _turn.WaitAsync(cancellation).ConfigureAwait(false);
                try
                {
                    if (_lastEnd is TimeSpan last)
                    {
                        // Task.Delay rounds down to whole milliseconds and the timer may fire a little early: wait
                        // until the clock itself says the interval has passed, or the server may see it fall short.
                        TimeSpan due = last + interval;
                        for (TimeSpan wait = due - _clock.Elapsed; wait > TimeSpan.Zero; wait = due - _clock.Elapsed)
                            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), cancellation).ConfigureAwait(false);
                    }
                    return new Turn(this);
                }
                catch
                {
                    _turn.Release();
                    throw;
                }
            }

            private void Exit()
            {
                _lastEnd = _clock.Elapsed;
                _turn.Release();
            }

            private sealed class Turn : IDisposable
            {
                private Gate? _gate;

                public Turn(Gate gate) => _gate = gate;

                public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Exit();
            }
        }

        private sealed class NoGate : IDisposable
        {
            public static readonly NoGate Instance = new NoGate();

            public void Dispose() { }
        }
    }
}
