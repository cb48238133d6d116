using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;
using NaverWorks.Tests.Workplace.Commands;

namespace NaverWorks.Tests.Commands;

/// <summary>Progress of long listings and bulk runs: shown by default, silenced by $ProgressPreference, with percent when the size is known.</summary>
public sealed class ProgressTests : IAsyncLifetime
{
    private const string Rows = """
        $rows = 1..12 | ForEach-Object { [pscustomobject]@{ Email = "p$_-$(New-Guid)@example.com"; LastName = 'Kim'; FirstName = "P$_"; Password = 'Passw0rd1' } }
        $ids = @(Get-WorksUser | Where-Object { -not $_.IsAdministrator }).UserId[0..11]

        """;

    private EmulatedTenant _tenant = null!;

    // No limits on the emulator, so the bulk runs never wait on it; the module keeps Connect-Works' default
    // limit, as in an administrator's session, whose progress these tests are about.
    public async Task InitializeAsync() =>
        _tenant = await EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: 150), moduleRateLimit: 240);

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    private static ProgressRecord[] Running(RunResult r) => r.Progress.Where(p => p.RecordType == ProgressRecordType.Processing).ToArray();

    [Fact]
    public void ProgressPreference_SilentlyContinue_silences_listings_and_bulk_runs()
    {
        var r = _tenant.Run("$ProgressPreference = 'SilentlyContinue'\n" + Rows.Replace("New-Guid", "'quiet'") + """
            $null = Get-WorksUser
            $null = $rows | New-WorksUser -ExpectedCount 12
            Suspend-WorksUser -Id $ids
            Resume-WorksUser -Id $ids
            """).ThrowOnError();
        Assert.Empty(r.Progress);
    }

    [Fact]
    public void A_listing_shows_items_so_far_and_clears_its_bar_at_the_end()
    {
        var r = _tenant.Run("$null = Get-WorksUser -PageSize 50").ThrowOnError();
        Assert.Contains(Running(r), p => p.Activity == "Listing users" && p.StatusDescription == "100 so far");
        Assert.Equal(ProgressRecordType.Completed, r.Progress.Last().RecordType);
    }

    [Fact]
    public void A_bulk_run_of_known_size_shows_percent_and_time_left_and_one_of_unknown_size_does_not()
    {
        // Slow answers, so the run lasts long enough for several updates.
        _tenant.Server.Faults.LatencyMin = _tenant.Server.Faults.LatencyMax = TimeSpan.FromMilliseconds(60);
        try
        {
            var r = _tenant.Run(Rows.Replace("New-Guid", "'known'") + """
                $null = $rows | New-WorksUser -ExpectedCount $rows.Count -ThrottleLimit 2
                Suspend-WorksUser -Id $ids -ThrottleLimit 2
                Resume-WorksUser -Id $ids -ThrottleLimit 2
                """).ThrowOnError();
            foreach (string activity in new[] { "Creating users", "Suspending users", "Resuming users" })
            {
                var updates = Running(r).Where(p => p.Activity == activity).ToArray();
                Assert.NotEmpty(updates);
                Assert.All(updates, p => Assert.InRange(p.PercentComplete, 0, 100));
                Assert.Contains(updates, p => p.PercentComplete > 0 && p.SecondsRemaining >= 0 && p.StatusDescription.Contains(" of 12 done"));
            }

            var unknown = _tenant.Run(Rows.Replace("New-Guid", "'unknown'") + "$null = $rows | New-WorksUser -ThrottleLimit 2").ThrowOnError();
            Assert.NotEmpty(Running(unknown));
            Assert.All(Running(unknown), p => Assert.Equal(-1, p.PercentComplete));
        }
        finally
        {
            _tenant.Server.Faults.LatencyMin = _tenant.Server.Faults.LatencyMax = TimeSpan.Zero;
        }
    }

    [Fact]
    public void Piped_WORKPLACE_updates_and_removals_show_progress_too()
    {
        using var ps = new ModuleRunspace();
        WorkplaceCredentials company = _tenant.Server.Workplace.AddCompany();
        var r = WorkplaceScript.Run(ps, new Uri(_tenant.Server.WorkplaceEndpoint), company, """
            $keys = 1..5 | ForEach-Object { "d$_" }
            $keys | ForEach-Object { [pscustomobject]@{ ExternalKey = $_; Name = "D $_"; ParentExternalKey = 'dept0000' } } | New-WorkplaceDepartment -ExpectedCount 5 > $null
            $keys | ForEach-Object { [pscustomobject]@{ ExternalKey = $_; Name = "Dept $_" } } | Set-WorkplaceDepartment -ExpectedCount 5
            $keys | Remove-WorkplaceDepartment -Confirm:$false
            """).ThrowOnError();
        Assert.Contains(Running(r), p => p.Activity == "Updating WORKPLACE departments" && p.PercentComplete >= 0);
        Assert.Contains(Running(r), p => p.Activity == "Removing WORKPLACE departments" && p.PercentComplete == -1);
        Assert.Contains(r.Progress, p => p.Activity == "Removing WORKPLACE departments" && p.RecordType == ProgressRecordType.Completed);
    }
}
