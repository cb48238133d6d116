using System.Diagnostics;
using System.Globalization;
using System.Management.Automation.Runspaces;

namespace NaverWorks.Bench;

/// <summary>
/// Issue 7, "how cost grows": listing N users and bulk-creating N users at several N, with time, allocation and
/// memory per run. The emulator runs out of process (<see cref="EmulatorProcess"/>), so this process holds only
/// PowerShell and the module, and bulk rows are generated one at a time (<see cref="NewBenchUserRowCommand"/>) and
/// the output discarded, so neither the row list nor the written users are what is measured.
/// </summary>
internal static class ScaleBench
{
    /// <summary>One measured run (or the median of several): what it cost in all and per item.</summary>
    public sealed record Cost(string What, int Items, TimeSpan Elapsed, long Allocated, long WorkingSetPeakDelta, long HeapPeakDelta, long HeapRetained)
    {
        public double MicrosPerItem => Elapsed.TotalMilliseconds * 1000 / Items;

        public double AllocatedPerItem => (double)Allocated / Items;
    }

    /// <summary><c>Get-WorksUser | Out-Null</c> over a tenant of <paramref name="users"/> users (the super admin included).</summary>
    public static async Task<Cost> ListAsync(int users, int rounds)
    {
        using var emulator = await EmulatorProcess.StartAsync("--seed-users", Text(users - 1), "--rate-limit", "0");
        using var runspace = BenchHost.Connect(emulator);
        ExpectUsers(runspace, users);
        // Warm up on at least 200,000 users (2,000 pages), whatever N: the child emulator starts with cold JIT, and a
        // small tenant listed once would be measured against tier-0 code on both sides.
        for (int i = 0; i < Math.Max(2, 200_000 / users); i++) BenchHost.Run(runspace, "Get-WorksUser | Out-Null");
        return Median(Enumerable.Range(0, rounds).Select(_ => Measure("Get-WorksUser \\| Out-Null", users, runspace, "Get-WorksUser | Out-Null")).ToList());
    }

    /// <summary>
    /// <c>New-BenchUserRow | New-WorksUser -ThrottleLimit T | Out-Null</c> creating <paramref name="users"/> users per
    /// round, and the row generator alone (<c>New-BenchUserRow | Out-Null</c>) so its share of the bulk cost is known.
    /// </summary>
    public static async Task<(Cost Bulk, Cost Rows)> BulkAsync(int users, int rounds, int throttle)
    {
        // Enough rows for tiered JIT to settle in the child emulator and here: after 3,000 warm-up rows, 1,000-row runs
        // still cost 2-4x more per row than after 20,000.
        const int warmUp = 20_000;
        using var emulator = await EmulatorProcess.StartAsync("--seed-users", "1", "--rate-limit", "0");
        using var runspace = BenchHost.Connect(emulator);
        BenchHost.Run(runspace, $"New-BenchUserRow -Count {warmUp} -Prefix warm | New-WorksUser -ThrottleLimit {throttle} | Out-Null");
        var bulk = Median(Enumerable.Range(0, rounds).Select(round =>
            Measure($"New-WorksUser -ThrottleLimit {throttle}", users, runspace, $"New-BenchUserRow -Count {users} -Prefix b{round}x | New-WorksUser -ThrottleLimit {throttle} | Out-Null")).ToList());
        // The seeded member and the super admin, the warm-up, and every round's rows: none lost, none twice.
        ExpectUsers(runspace, 2 + warmUp + users * rounds);
        BenchHost.Run(runspace, $"New-BenchUserRow -Count {warmUp} -Prefix gen | Out-Null");
        var rows = Median(Enumerable.Range(0, rounds).Select(_ => Measure("rows alone (New-BenchUserRow)", users, runspace, $"New-BenchUserRow -Count {users} -Prefix gen | Out-Null")).ToList());
        return (bulk, rows);
    }

    private static void ExpectUsers(Runspace runspace, int expected)
    {
        int count = (int)BenchHost.Run(runspace, "$n = 0; Get-WorksUser | ForEach-Object { $n++ }; $n").Single().BaseObject;
        if (count != expected) throw new InvalidOperationException($"the tenant holds {count} users, expected {expected}");
    }

    private static Cost Measure(string what, int items, Runspace runspace, string script)
    {
        var memory = new MemorySampler();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        BenchHost.Run(runspace, script);
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        memory.Dispose();
        // What the run left behind once garbage is gone: a streaming list and a finished bulk run should keep nothing.
        long retained = GC.GetTotalMemory(forceFullCollection: true) - memory.BaselineHeap;
        return new Cost(what, items, watch.Elapsed, allocated, memory.PeakWorkingSet - memory.BaselineWorkingSet, memory.PeakHeap - memory.BaselineHeap, retained);
    }

    // Time and allocation of the median round; memory peaks of the worst round, so a spike is never hidden.
    private static Cost Median(List<Cost> runs)
    {
        var median = runs.OrderBy(r => r.Elapsed).ElementAt(runs.Count / 2);
        return median with
        {
            WorkingSetPeakDelta = runs.Max(r => r.WorkingSetPeakDelta),
            HeapPeakDelta = runs.Max(r => r.HeapPeakDelta),
            HeapRetained = runs.Max(r => r.HeapRetained),
        };
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
