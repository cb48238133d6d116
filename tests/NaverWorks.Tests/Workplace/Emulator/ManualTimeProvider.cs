using System;

namespace NaverWorks.Tests.Workplace.Emulator;

/// <summary>A server clock the test sets, for exact skew boundaries.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
