using System;

namespace NaverWorks.Tests.Workplace.Emulator;

/// <summary>A server clock the test sets, for exact skew boundaries and token-bucket refills.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    // Elapsed-time measurements (rate-limit buckets) follow the same hand-set clock, not the stopwatch.
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Now.UtcTicks;
}
