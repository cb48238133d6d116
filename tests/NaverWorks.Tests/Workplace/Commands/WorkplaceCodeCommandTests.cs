using System;
using System.Collections.Generic;
using System.Linq;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Commands;

public sealed class WorkplaceCodeCommandTests(WorkplaceModuleFixture fixture) : IClassFixture<WorkplaceModuleFixture>
{
    [Theory]
    [InlineData("Grade", WorkplaceResourceNames.Grade, typeof(Grade))]
    [InlineData("Job", WorkplaceResourceNames.Job, typeof(Job))]
    [InlineData("EmploymentType", WorkplaceResourceNames.EmploymentType, typeof(EmploymentType))]
    public void Codes_are_created_from_CSV_read_changed_and_removed(string noun, string resource, Type type)
    {
        var company = fixture.NewCompany();
        var rows = WorkplaceScript.Csv(
            new { ExternalKey = "c1", Name = "First", SortOrder = "1", InUse = "" },
            new { ExternalKey = "c2", Name = "Second", SortOrder = "2", InUse = "false" });

        var result = fixture.Run(company, $"""
            $rows | New-Workplace{noun}
            Set-Workplace{noun} c2 -SortOrder 5 -InUse $true -PassThru
            Get-Workplace{noun}
            Remove-Workplace{noun} c1 -Confirm:$false
            """, new Dictionary<string, object?> { ["rows"] = rows }).ThrowOnError();

        var codes = result.Output.Select(o => (OrganizationCode)o.BaseObject).ToList();
        Assert.All(codes, c => Assert.IsType(type, c));
        Assert.Equal([true, false], codes.Take(2).Select(c => c.InUse!.Value));
        Assert.Equal((5, true), (codes[2].SortOrder!.Value, codes[2].InUse!.Value));
        // Rows are created concurrently, so the list order is the order they happened to arrive in.
        Assert.Equal(["c1", "c2"], codes.Skip(3).Select(c => c.ExternalKey).Order());
        Assert.Equal(1, fixture.Host.Tenant.Count(company.CompanyId, resource));
        var stored = fixture.Host.Tenant.Find(company.CompanyId, resource, "c2")!;
        Assert.Equal("5", (string?)stored["sortOrder"]);
        Assert.Equal("Second", (string?)stored["name"]);
    }

    [Fact]
    public void A_code_still_assigned_cannot_be_removed_and_the_message_says_why()
    {
        var company = fixture.NewCompany();

        var result = fixture.Run(company, """
            New-WorkplaceJob j1 Lead 1 > $null
            New-WorkplaceEmployee e1 E -LoginId e1@example.com -Email e1@example.com -DepartmentExternalKey dept0000 -HireDate 2024-01-01 -JobExternalKey j1 > $null
            Remove-WorkplaceJob j1 -Confirm:$false
            """);

        string message = Assert.Single(result.ErrorMessages());
        Assert.Contains("409 IN_USE", message);
        Assert.Contains("still in use", message);
        Assert.NotNull(fixture.Host.Tenant.Find(company.CompanyId, WorkplaceResourceNames.Job, "j1"));
    }

    [Fact]
    public void A_value_that_is_not_yes_or_no_is_refused_with_the_accepted_spellings()
    {
        var company = fixture.NewCompany();
        var result = fixture.Run(company, "New-WorkplaceGrade g1 G 1 -InUse maybe");
        Assert.Contains("'maybe' is not a yes/no value", Assert.Single(result.Errors).ToString());
    }
}
