using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Models;
using NaverWorks.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NaverWorks.Tests.Scenarios;

/// <summary>
/// The promises of bulk provisioning under a hostile service, short enough for CI: transient 5xx, writes that
/// commit and then fail, latency jitter, a token that expires every 30 seconds, a user pressing Ctrl+C, and
/// answers that are HTML, truncated or of the wrong shape.
/// </summary>
public class FaultSuiteTests(ITestOutputHelper output)
{
    private static string Hires(int from, int to) => $$"""
        $hires = {{from}}..{{to}} | ForEach-Object {
            [pscustomobject]@{ Email = 'fault{0:D4}@example.com' -f $_; LastName = '박'; FirstName = "직원$_"
                               OrgUnit = '플랫폼팀'; EmployeeNumber = 'F{0:D4}' -f $_; Password = 'Welcome2026' }
        }

        """;

    private static EmulatorOptions Quick => EmulatedTenant.WithoutLimits(seedUsers: 20);

    private static int Hired(EmulatorServer server) => server.Tenant.GetUsers().Count(u => u.Email.StartsWith("fault", StringComparison.Ordinal));

    [Fact]
    public async Task Two_thousand_rows_through_faults_jitter_and_short_lived_tokens_give_exactly_two_thousand_users()
    {
        await using var env = await EmulatedTenant.StartAsync(Quick, connectShell: true);
        // The soak uses 30-second tokens; this CI-sized run lasts about 20 s, so tokens live 5 s
        // here to make them expire, and be renewed, several times during it.
        env.Server.Tokens.AccessTokenLifetime = TimeSpan.FromSeconds(5);
        // Connect again, so the session holds such a token rather than the day-long one it started with.
        env.Invoke("Disconnect-Works; " + EmulatedTenant.ConnectCommand + " -RateLimitPerMinute 0", env.Variables).ThrowOnError();
        int tokensBefore = env.Server.Tokens.IssuedAccessTokens;
        var faults = env.Server.Faults;
        faults.Seed = 7;
        faults.TransientFailureRate = 0.05;
        faults.CommitThenFailRate = 0.03;
        faults.LatencyMin = TimeSpan.Zero;
        faults.LatencyMax = TimeSpan.FromMilliseconds(200);
        var watch = Stopwatch.StartNew();

        var run = env.Invoke(Hires(1, 2000) + "$hires | New-WorksUser -ThrottleLimit 16");

        output.WriteLine($"{watch.Elapsed.TotalSeconds:0.0} s; {faults.TransientFailures} transient, {faults.CommitThenFailures} commit-then-fail, {env.Server.Tokens.IssuedAccessTokens - tokensBefore} tokens issued");
        run.ThrowOnError();
        var rows = run.Output.Select(o => (long)o.Properties["Row"].Value).ToList();
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => (long)i), rows);           // every row accounted for, in order
        Assert.Equal(2000, run.Output.Select(o => ((User)o.BaseObject).Email).Distinct().Count());
        Assert.Equal(2000, Hired(env.Server));                                        // none lost, none twice
        Assert.True(faults.TransientFailures > 50 && faults.CommitThenFailures > 20, "the faults were injected");
        Assert.True(env.Server.Tokens.IssuedAccessTokens >= tokensBefore + 2, "the short-lived token was renewed during the run");
    }

    [Fact]
    public async Task Ctrl_C_stops_a_bulk_run_within_a_second_and_a_rerun_with_SkipExisting_finishes_without_duplicates()
    {
        await using var env = await EmulatedTenant.StartAsync(Quick, connectShell: true);
        env.Server.Faults.LatencyMin = TimeSpan.FromMilliseconds(50);
        env.Server.Faults.LatencyMax = TimeSpan.FromMilliseconds(100);
        env.Invoke(Hires(1, 300)).ThrowOnError();

        using var shell = PowerShell.Create();
        shell.Runspace = env.Shell.Runspace;
        shell.AddScript("$hires | New-WorksUser -ThrottleLimit 4");
        var written = new PSDataCollection<PSObject>();
        var running = shell.BeginInvoke<PSObject, PSObject>(null, written);
        while (written.Count < 20) await Task.Delay(20);
        var watch = Stopwatch.StartNew();
        await Task.Factory.FromAsync(shell.BeginStop(null, null), shell.EndStop).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"stopping took {watch.Elapsed}");
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);

        // What was written before the stop names the rows that completed, in order from the first.
        var completed = written.Select(o => (long)o.Properties["Row"].Value).ToList();
        Assert.Equal(Enumerable.Range(1, completed.Count).Select(i => (long)i), completed);
        // Requests already on the wire when Ctrl+C came may still be carried out by the service.
        await Task.Delay(300);
        int afterStop = Hired(env.Server);
        Assert.InRange(afterStop, completed.Count, 299);

        // Run the same input again: users created before the stop are passed over, the rest are created.
        var rerun = env.Invoke("$hires | New-WorksUser -ThrottleLimit 8 -SkipExisting").ThrowOnError();
        Assert.Equal(300, Hired(env.Server));
        Assert.Equal(300 - afterStop, rerun.Output.Count);
    }

    [Theory]
    [InlineData(FaultKind.HtmlErrorPage, "HTML page")]
    [InlineData(FaultKind.UnexpectedShape, "expected")]
    [InlineData(FaultKind.AbortConnection, "")]
    public async Task A_listing_that_gets_a_broken_answer_fails_clearly_and_does_not_hang(FaultKind kind, string says)
    {
        await using var env = await EmulatedTenant.StartAsync(Quick, connectShell: true);
        env.Server.Faults.Enqueue(FaultRule.Of(kind, "GET", "/v1.0/users", times: 20));
        var watch = Stopwatch.StartNew();
        var r = env.Invoke("(Get-WorksSession).Transport.Retry.BaseDelay = [TimeSpan]::FromMilliseconds(10); Get-WorksUser");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Contains(says, r.FailureMessage);
        Assert.Empty(r.Output.Where(o => o.BaseObject is User && kind == FaultKind.HtmlErrorPage));
    }

    [Fact]
    public async Task A_create_whose_answer_is_truncated_is_read_back_not_reported_as_failed()
    {
        await using var env = await EmulatedTenant.StartAsync(Quick, connectShell: true);
        env.Server.Faults.Enqueue(FaultRule.Of(FaultKind.TruncatedJson, "POST", "/v1.0/users", times: 3));
        var r = env.Invoke(Hires(1, 5) + "$hires | New-WorksUser -ThrottleLimit 1").ThrowOnError();
        Assert.Equal(5, r.Output.Count);
        Assert.Equal(5, Hired(env.Server));
        Assert.Equal(5, env.Server.Requests.ForRoute("POST /users").Count);
    }
}
