using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;
using NaverWorks.Tests.Workplace.Emulator;
using NaverWorks.Workplace;
using Xunit.Abstractions;

namespace NaverWorks.Tests.Workplace.Commands;

public sealed class WorkplaceBulkLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Five_hundred_employees_through_transient_and_commit_then_fail_faults_are_each_created_exactly_once()
    {
        // Every 7th request is a 503 that never reaches WORKPLACE; every 11th create is committed and then
        // answered 500; every 13th create is committed and then its connection dropped.
        var faults = new WorkplaceFaultInjector { TransientEvery = 7, FailAfterCommitEvery = 11, DropAfterCommitEvery = 13 };
        await using var host = await WorkplaceEmulatorHost.StartAsync(configure: faults.Install);
        WorkplaceCredentials company = host.Tenant.AddCompany();
        using var ps = new ModuleRunspace();
        var keys = Enumerable.Range(1, 500).Select(i => $"emp{i:0000}").ToList();
        var rows = WorkplaceScript.Csv(keys.Select((key, i) => (object)new
        {
            ExternalKey = key,
            Name = $"Employee {i + 1}",
            LoginId = $"user{i + 1:0000}@example.by-works.com",
            Email = $"user{i + 1:0000}@example.com",
            DepartmentExternalKey = "dept0000",
            HireDate = "2024-04-01",
        }).ToArray());
        var watch = Stopwatch.StartNew();

        var result = WorkplaceScript.Run(ps, host.BaseAddress, company, """
            $s = Get-WorkplaceSession
            $s.Transport.Retry.BaseDelay = [TimeSpan]::FromMilliseconds(5)
            $s.Transport.Retry.MaxDelay = [TimeSpan]::FromMilliseconds(50)
            $rows | New-WorkplaceEmployee -ThrottleLimit 8 -Verbose
            """, new Dictionary<string, object?> { ["rows"] = rows });

        output.WriteLine($"{watch.Elapsed.TotalSeconds:0.0} s; {faults.Transient} transient, {faults.FailedAfterCommit} failed after commit, {faults.DroppedAfterCommit} dropped after commit");
        result.ThrowOnError();
        Assert.True(faults.Transient > 20 && faults.FailedAfterCommit > 20 && faults.DroppedAfterCommit > 20, "the faults were injected");

        // None lost, none twice: one output object per row, and exactly the 500 in WORKPLACE.
        var created = result.Objects<Employee>();
        Assert.Equal(keys, created.Select(e => e.ExternalKey));
        Assert.Equal(500, host.Tenant.Count(company.CompanyId, WorkplaceResourceNames.Employee));
        for (int i = 0; i < keys.Count; i++)
            Assert.Equal($"user{i + 1:0000}@example.by-works.com", (string?)host.Tenant.Find(company.CompanyId, WorkplaceResourceNames.Employee, keys[i])!["loginId"]);

        // Every lost answer was settled by looking the employee up, not by sending it again.
        int reconciled = result.Verbose.Count(v => v.Contains("found it created", StringComparison.Ordinal));
        Assert.Equal(faults.FailedAfterCommit + faults.DroppedAfterCommit, reconciled);
    }
}
