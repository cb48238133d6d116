using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Emulator;
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
        // The emulator's own faults: answers that never reach WORKPLACE, and creates that WORKPLACE commits
        // before the answer is lost (a 500 or a dropped connection). Seeded, so a failure can be replayed.
        await using var server = await EmulatorServer.StartAsync();
        var faults = server.Faults;
        faults.Seed = 20261122;
        faults.TransientFailureRate = 0.08;
        faults.CommitThenFailRate = 0.12;
        WorkplaceCredentials company = server.Workplace.AddCompany();
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

        var result = WorkplaceScript.Run(ps, new Uri(server.WorkplaceEndpoint), company, """
            $s = Get-WorkplaceSession
            $s.Transport.Retry.BaseDelay = [TimeSpan]::FromMilliseconds(5)
            $s.Transport.Retry.MaxDelay = [TimeSpan]::FromMilliseconds(50)
            $rows | New-WorkplaceEmployee -ThrottleLimit 8 -Verbose
            """, new Dictionary<string, object?> { ["rows"] = rows });

        output.WriteLine($"{watch.Elapsed.TotalSeconds:0.0} s; {faults.TransientFailures} transient, {faults.CommitThenFailures} failed after commit");
        result.ThrowOnError();
        Assert.True(faults.TransientFailures > 20 && faults.CommitThenFailures > 20, "the faults were injected");

        // None lost, none twice: one output object per row, and exactly the 500 in WORKPLACE.
        var created = result.Objects<Employee>();
        Assert.Equal(keys, created.Select(e => e.ExternalKey));
        Assert.Equal(500, server.Workplace.Count(company.CompanyId, WorkplaceResourceNames.Employee));
        for (int i = 0; i < keys.Count; i++)
            Assert.Equal($"user{i + 1:0000}@example.by-works.com", (string?)server.Workplace.Find(company.CompanyId, WorkplaceResourceNames.Employee, keys[i])!["loginId"]);

        // Every lost answer was settled by looking the employee up, not by sending it again.
        int reconciled = result.Verbose.Count(v => v.Contains("not sent again", StringComparison.Ordinal));
        Assert.Equal(faults.CommitThenFailures, reconciled);
    }
}
