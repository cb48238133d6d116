using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Commands;

public sealed class WorkplaceDepartmentCommandTests(WorkplaceModuleFixture fixture) : IClassFixture<WorkplaceModuleFixture>
{
    private JsonObject? Stored(WorkplaceCredentials company, string key) => fixture.Host.Tenant.Find(company.CompanyId, WorkplaceResourceNames.Department, key);

    [Fact]
    public void New_Get_Set_and_Remove_a_department_and_Set_keeps_the_fields_not_given()
    {
        var company = fixture.NewCompany();

        var created = fixture.Run(company, """
            New-WorkplaceDepartment -ExternalKey sales -Name Sales -ParentExternalKey dept0000 -DisplayOrder 2.5 -Email sales@example.com -I18nNames @{ ko_KR = '영업부' }
            Get-WorkplaceDepartment sales
            Set-WorkplaceDepartment sales -Name 'Sales & Marketing' -PassThru
            """).ThrowOnError().Objects<Department>();

        Assert.Equal(3, created.Count);
        Assert.All(created, d => Assert.Equal("sales", d.ExternalKey));
        Assert.Equal(2.5m, created[1].DisplayOrder);
        Assert.Equal("dept0000", created[1].ParentExternalKey);
        Assert.Equal("Sales & Marketing", created[2].Name);
        JsonObject stored = Stored(company, "sales")!;
        Assert.Equal("Sales & Marketing", (string?)stored["name"]);
        Assert.Equal("sales@example.com", (string?)stored["deptEmailAddress"]);
        Assert.Equal("2.5", (string?)stored["dispOrd"]);
        Assert.Equal("영업부", (string?)stored["i18nNames"]!["ko_KR"]);

        fixture.Run(company, "Remove-WorkplaceDepartment sales -Confirm:$false").ThrowOnError();
        Assert.Null(Stored(company, "sales"));
    }

    [Fact]
    public void Set_moves_a_department_and_the_top_level_department_can_be_renamed()
    {
        var company = fixture.NewCompany();

        fixture.Run(company, """
            New-WorkplaceDepartment a A dept0000
            New-WorkplaceDepartment b B dept0000
            Set-WorkplaceDepartment b -ParentExternalKey a
            Set-WorkplaceDepartment dept0000 -Name 'Example Corp'
            """).ThrowOnError();

        Assert.Equal("a", (string?)Stored(company, "b")!["parentDeptExternalKey"]);
        Assert.Equal("Example Corp", (string?)Stored(company, "dept0000")!["name"]);
        Assert.Null((string?)Stored(company, "dept0000")!["parentDeptExternalKey"]);
    }

    [Fact]
    public void Keys_with_spaces_Hangul_and_symbols_are_escaped_and_signed_as_sent()
    {
        var company = fixture.NewCompany();

        var result = fixture.Run(company, """
            New-WorkplaceDepartment -ExternalKey '영업 1팀+A&B' -Name '영업 1팀' -ParentExternalKey dept0000
            Get-WorkplaceDepartment '영업 1팀+A&B'
            """).ThrowOnError();

        Assert.Equal(2, result.Objects<Department>().Count(d => d.ExternalKey == "영업 1팀+A&B"));
        Assert.NotNull(Stored(company, "영업 1팀+A&B"));
    }

    [Fact]
    public void New_refuses_a_parent_that_exists_neither_in_WORKPLACE_nor_in_the_input()
    {
        var company = fixture.NewCompany();

        var result = fixture.Run(company, "New-WorkplaceDepartment -ExternalKey orphan -Name Orphan -ParentExternalKey nowhere");

        string message = Assert.Single(result.ErrorMessages());
        Assert.Contains("ExternalKey 'orphan'", message);
        Assert.Contains("The parent department 'nowhere' does not exist in WORKPLACE and is not in this input", message);
        Assert.Contains("ParentExternalKey", message);
        Assert.Null(Stored(company, "orphan"));
    }

    [Fact]
    public void A_shuffled_org_chart_from_CSV_is_created_parents_first()
    {
        var company = fixture.NewCompany();
        var rows = new List<object>();
        var parents = new Dictionary<string, string>();
        for (int i = 1; i <= 40; i++)
        {
            // Four levels: d1..d3 under the root, every later department under an earlier one.
            string parent = i <= 3 ? "dept0000" : "d" + ((i - 1) / 3);
            parents["d" + i] = parent;
            rows.Add(new { ExternalKey = "d" + i, Name = "Department " + i, ParentExternalKey = parent, DisplayOrder = i.ToString(), Email = "" });
        }
        var random = new Random(42);
        var shuffled = WorkplaceScript.Csv(rows.OrderBy(_ => random.Next()).ToArray());

        var result = fixture.Run(company, "$rows | New-WorkplaceDepartment -ThrottleLimit 4", new Dictionary<string, object?> { ["rows"] = shuffled });

        result.ThrowOnError();
        Assert.Equal(40, result.Objects<Department>().Select(d => d.ExternalKey).Distinct().Count());
        Assert.Equal(41, fixture.Host.Tenant.Count(company.CompanyId, WorkplaceResourceNames.Department));
        foreach (var (key, parent) in parents)
            Assert.Equal(parent, (string?)Stored(company, key)!["parentDeptExternalKey"]);
    }

    [Fact]
    public void Cycles_and_missing_or_failed_parents_are_row_errors_and_the_other_rows_are_created()
    {
        var company = fixture.NewCompany();
        var rows = WorkplaceScript.Csv(
            new { ExternalKey = "x", Name = "X", ParentExternalKey = "y" },
            new { ExternalKey = "y", Name = "Y", ParentExternalKey = "x" },
            new { ExternalKey = "lost", Name = "Lost", ParentExternalKey = "nowhere" },
            new { ExternalKey = "below-lost", Name = "Below lost", ParentExternalKey = "lost" },
            new { ExternalKey = "fine", Name = "Fine", ParentExternalKey = "dept0000" },
            new { ExternalKey = "bad/key", Name = "Bad key", ParentExternalKey = "fine" },
            new { ExternalKey = "below-bad", Name = "Below bad", ParentExternalKey = "bad/key" });

        var result = fixture.Run(company, "$rows | New-WorkplaceDepartment", new Dictionary<string, object?> { ["rows"] = rows });

        Assert.Equal(["fine"], result.Objects<Department>().Select(d => d.ExternalKey));
        var errors = result.ErrorMessages();
        Assert.True(errors.Count == 6, string.Join("\n", errors));
        Assert.Contains(errors, e => e.StartsWith("Row 1 (ExternalKey 'x'): The ParentExternalKey values form a cycle: x → y → x.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Row 2 (ExternalKey 'y'): The ParentExternalKey values form a cycle: y → x → y.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Row 3 (ExternalKey 'lost'): The parent department 'nowhere' does not exist", StringComparison.Ordinal));
        Assert.Contains("Row 4 (ExternalKey 'below-lost'): Its parent 'lost' (row 3) was not created.", errors);
        Assert.Contains(errors, e => e.StartsWith("Row 6 (ExternalKey 'bad/key'): ", StringComparison.Ordinal));
        Assert.Contains("Row 7 (ExternalKey 'below-bad'): Its parent 'bad/key' (row 6) was not created.", errors);
        Assert.Equal(2, fixture.Host.Tenant.Count(company.CompanyId, WorkplaceResourceNames.Department));
    }

    [Fact]
    public void WhatIf_creates_changes_and_removes_nothing_and_reports_no_errors()
    {
        var company = fixture.NewCompany();
        var rows = WorkplaceScript.Csv(new { ExternalKey = "child", Name = "Child", ParentExternalKey = "parent" }, new { ExternalKey = "parent", Name = "Parent", ParentExternalKey = "dept0000" });

        var result = fixture.Run(company, """
            $rows | New-WorkplaceDepartment -WhatIf
            Set-WorkplaceDepartment dept0000 -Name Renamed -WhatIf
            Remove-WorkplaceDepartment dept0000 -WhatIf
            """, new Dictionary<string, object?> { ["rows"] = rows });

        result.ThrowOnError();
        Assert.Empty(result.Output);
        Assert.Equal(1, fixture.Host.Tenant.Count(company.CompanyId, WorkplaceResourceNames.Department));
        Assert.Equal("Emulated Company", (string?)Stored(company, "dept0000")!["name"]);
    }

    [Fact]
    public void Get_streams_every_page_and_First_Skip_and_IncludeTotalCount_ask_only_for_what_is_needed()
    {
        var company = fixture.NewCompany();
        var rows = WorkplaceScript.Csv(Enumerable.Range(1, 150).Select(i => (object)new { ExternalKey = $"d{i:000}", Name = $"D{i}", ParentExternalKey = "dept0000" }).ToArray());
        // One at a time, so the list order (creation order) is known.
        fixture.Run(company, "$rows | New-WorkplaceDepartment -ThrottleLimit 1", new Dictionary<string, object?> { ["rows"] = rows }).ThrowOnError();

        var all = fixture.Run(company, "Get-WorkplaceDepartment -Verbose").ThrowOnError();
        Assert.Equal(151, all.Objects<Department>().Select(d => d.ExternalKey).Distinct().Count());
        Assert.Equal(2, all.Verbose.Count(v => v.Contains("/department?offset=", StringComparison.Ordinal)));

        var first = fixture.Run(company, "Get-WorkplaceDepartment -First 3 -Verbose").ThrowOnError();
        Assert.Equal(["dept0000", "d001", "d002"], first.Objects<Department>().Select(d => d.ExternalKey));
        Assert.Single(first.Verbose, v => v.Contains("/department?offset=", StringComparison.Ordinal));
        Assert.Single(first.Verbose, v => v.Contains("/department?offset=0&limit=3 ", StringComparison.Ordinal));

        var skipped = fixture.Run(company, "Get-WorkplaceDepartment -Skip 149 -IncludeTotalCount -Verbose").ThrowOnError();
        Assert.Equal(["d149", "d150"], skipped.Objects<Department>().Select(d => d.ExternalKey));
        Assert.Single(skipped.Verbose, v => v.Contains("/department?offset=", StringComparison.Ordinal));
        Assert.Single(skipped.Verbose, v => v.Contains("/department?offset=149&limit=100 ", StringComparison.Ordinal));
        Assert.Equal(151UL, Assert.Single(skipped.Output, o => o.BaseObject is ulong).BaseObject); // -IncludeTotalCount: exact
    }

    [Fact]
    public void Departments_pipe_from_Get_into_Set_and_Remove_by_property_name()
    {
        var company = fixture.NewCompany();

        fixture.Run(company, """
            New-WorkplaceDepartment temp Temp dept0000 -Email temp@example.com -ReceiveExternalEmail true
            Get-WorkplaceDepartment temp | Set-WorkplaceDepartment -DisplayOrder 7
            """).ThrowOnError();
        Assert.Equal("7.0", (string?)Stored(company, "temp")!["dispOrd"]);
        Assert.True((bool)Stored(company, "temp")!["externalEmailReceiveYn"]!);
        Assert.Equal("temp@example.com", (string?)Stored(company, "temp")!["deptEmailAddress"]);

        fixture.Run(company, "Get-WorkplaceDepartment temp | Remove-WorkplaceDepartment -Confirm:$false").ThrowOnError();
        Assert.Null(Stored(company, "temp"));
    }
}
