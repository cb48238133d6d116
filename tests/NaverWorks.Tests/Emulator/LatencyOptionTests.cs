using System;
using System.Diagnostics;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

/// <summary>EmulatorOptions.Latency (the executable's --latency) delays API answers from the start.</summary>
public sealed class LatencyOptionTests : EmulatorTest
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(150);

    protected override EmulatorOptions CreateOptions() => new() { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero, Latency = Latency };

    [Fact]
    public async Task Every_API_answer_waits_the_configured_latency()
    {
        var watch = Stopwatch.StartNew();
        using var response = await Client.GetAsync("/users?count=1");
        watch.Stop();

        Assert.True(response.IsSuccessStatusCode);
        Assert.True(watch.Elapsed >= Latency - TimeSpan.FromMilliseconds(5), $"answered after {watch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(Latency, Server.Faults.LatencyMax);
    }
}
