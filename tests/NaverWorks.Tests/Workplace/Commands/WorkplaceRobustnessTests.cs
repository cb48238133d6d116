using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Workplace.Commands;

/// <summary>What a CSV and a flaky gateway do to WORKPLACE writes.</summary>
public sealed class WorkplaceRobustnessTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private ModuleRunspace _ps = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync();
        _ps = new ModuleRunspace();
    }

    public async Task DisposeAsync()
    {
        _ps.Dispose();
        await _server.DisposeAsync();
    }

    private RunResult Run(WorkplaceCredentials company, string script, Dictionary<string, object?>? variables = null) =>
        WorkplaceScript.Run(_ps, new Uri(_server.WorkplaceEndpoint), company, script, variables);

    [Fact]
    public void A_delete_whose_answer_is_lost_after_it_happened_is_reported_as_done()
    {
        var company = _server.Workplace.AddCompany();
        Run(company, "New-WorkplaceGrade g1 '사원' 1 | Out-Null").ThrowOnError();
        _server.Faults.Enqueue(FaultRule.Of(FaultKind.CommitThenFail, "DELETE", "/organization/", times: 1));
        Run(company, "Remove-WorkplaceGrade g1 -Confirm:$false").ThrowOnError();
        Assert.Equal(0, _server.Workplace.Count(company.CompanyId, WorkplaceResourceNames.Grade));
        Assert.Equal(1, _server.Faults.CommitThenFailures);
    }

    [Fact]
    public void An_empty_number_cell_leaves_the_value_unchanged_instead_of_zero()
    {
        var company = _server.Workplace.AddCompany();
        Run(company, "New-WorkplaceGrade g1 '사원' 7 | Out-Null").ThrowOnError();
        var rows = WorkplaceScript.Csv(new { ExternalKey = "g1", Name = "주임", SortOrder = "" });
        Run(company, "$rows | Set-WorkplaceGrade", new() { ["rows"] = rows }).ThrowOnError();
        var stored = _server.Workplace.Find(company.CompanyId, WorkplaceResourceNames.Grade, "g1")!;
        Assert.Equal(("주임", "7"), ((string?)stored["name"], (string?)stored["sortOrder"]));
    }
}
