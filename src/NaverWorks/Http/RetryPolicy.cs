using System;

namespace NaverWorks.Http
{
    /// <summary>
    /// How hard the transport tries: full-jitter exponential backoff, bounded both by attempts and by
    /// total time, so a bulk job never loops forever against a failing service.
    /// </summary>
    public sealed class RetryPolicy
    {
        private readonly Random _random = new Random();

        /// <summary>Attempts in all, the first included.</summary>
        public int MaxAttempts { get; set; } = 8;

        /// <summary>No new attempt starts after this much time since the first.</summary>
        public TimeSpan MaxElapsed { get; set; } = TimeSpan.FromMinutes(3);

        /// <summary>The backoff's first step.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>The longest single backoff wait (server-given waits may be longer).</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Time limit for one attempt.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>
        /// The wait before attempt <paramref name="attempt"/> + 1: the server's own hint when it gave one,
        /// otherwise a random wait up to the exponential ceiling (full jitter spreads parallel retries apart).
        /// </summary>
        public TimeSpan NextDelay(int attempt, TimeSpan? serverHint)
        {
            if (serverHint is TimeSpan hint && hint > TimeSpan.Zero)
                return hint + TimeSpan.FromMilliseconds(NextDouble() * 250);
            double ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
            return TimeSpan.FromMilliseconds(NextDouble() * ceiling);
        }

        /// <summary>True when another attempt may start.</summary>
        public bool MayRetry(int attemptsMade, TimeSpan elapsed, TimeSpan nextDelay) =>
            attemptsMade < MaxAttempts && elapsed + nextDelay < MaxElapsed;

        private double NextDouble()
        {
            lock (_random) return _random.NextDouble();
        }
    }
}
