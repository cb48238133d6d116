using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Commands;

public sealed class WorkplaceEmployeeCommandTests(WorkplaceModuleFixture fixture) : IClassFixture<WorkplaceModuleFixture>
{
    private JsonObject? Stored(WorkplaceCredentials company, string key) => fixture.Host.Tenant.Find(company.CompanyId, WorkplaceResourceNames.Employee, key);

    private static object Row(string key, string loginId, string department = "dept0000") => new
    {
        ExternalKey = key,
        Name = "Employee " + key,
        LoginId = loginId,
        Email = loginId,
        DepartmentExternalKey = department,
        HireDate = "2024-03-01",
        Telephone = "",
        Birthday = "",
        Gender = "",
    };

    [Fact]
    public void New_Get_Set_and_Remove_an_employee_and_Set_keeps_the_fields_not_given()
    {
        var company = fixture.NewCompany();

        var employees = fixture.Run(company, """
            New-WorkplaceDepartment dev Development dept0000 | Out-Null
            New-WorkplaceGrade g3 'Senior Manager' 3 | Out-Null
            New-WorkplaceEmployee -ExternalKey emp0001 -Name '홍길동' -LoginId hong@example.by-works.com -Email hong@example.com `
                -DepartmentExternalKey dev -HireDate 2024-03-01 -Birthday ([datetime]'1990-05-17') -Gender m -NickName gildong_h `
                -Locale ko_KR -TimeZone Asia/Seoul -CellPhone '010-1234-5678' -GradeExternalKey g3 -ConcurrentDepartmentExternalKey dept0000
            Set-WorkplaceEmployee emp0001 -CellPhone '010-9999-0000' -PassThru
            Get-WorkplaceEmployee -ExternalKey emp0001
            """.Replace("| Out-Null", "> $null")).ThrowOnError().Objects<Employee>();

        Assert.Equal(3, employees.Count);
        Employee created = employees[0];
        Assert.Equal(new DateTime(2024, 3, 1), created.HireDate);
        Assert.Equal(new DateTime(1990, 5, 17), created.Birthday);
        Assert.Equal("MALE", created.Gender);
        Assert.Equal(["dept0000"], created.ConcurrentDepartmentExternalKeys);
        Assert.NotNull(created.EmployeeId);
        Assert.Equal("010-9999-0000", employees[2].CellPhone);
        JsonObject stored = Stored(company, "emp0001")!;
        Assert.Equal("2024-03-01", (string?)stored["employYmd"]);
        Assert.Equal("gildong_h", (string?)stored["empNick"]);
        Assert.Equal("g3", (string?)stored["gradeCdExternalKey"]);
        Assert.Equal("010-9999-0000", (string?)stored["cellphoneNo"]);
        Assert.Equal(employees[0].EmployeeId, employees[2].EmployeeId);

        fixture.Run(company, "Get-WorkplaceEmployee emp0001 | Remove-WorkplaceEmployee -Confirm:$false").ThrowOnError();
        Assert.Null(Stored(company, "emp0001"));
    }

    [Fact]
    public void CSV_rows_bind_by_property_name_and_empty_cells_mean_not_given()
    {
        var company = fixture.NewCompany();
        var rows = WorkplaceScript.Csv(
            Row("e1", "e1@example.com"),
            // The API's own column names bind too.
            new { ExternalKey = "e2", Name = "Two", LoginId = "e2@example.com", emailAddress = "e2@example.com", deptExternalKey = "dept0000", employYmd = "2023-12-31", genderCd = "female", telephoneNo = "02-123-4567" });

        var result = fixture.Run(company, "$rows | New-WorkplaceEmployee", new Dictionary<string, object?> { ["rows"] = rows });

        result.ThrowOnError();
        Assert.Equal(["e1", "e2"], result.Objects<Employee>().Select(e => e.ExternalKey));
        Assert.Null((string?)Stored(company, "e1")!["telephoneNo"]);
        Assert.Null((string?)Stored(company, "e1")!["birthYmd"]);
        Assert.Equal("2023-12-31", (string?)Stored(company, "e2")!["employYmd"]);
        Assert.Equal("FEMALE", (string?)Stored(company, "e2")!["genderCd"]);
        Assert.Equal("02-123-4567", (string?)Stored(company, "e2")!["telephoneNo"]);
    }

    [Fact]
    public void A_bad_row_is_reported_with_its_row_number_and_field_and_the_other_rows_are_created()
    {
        var company = fixture.NewCompany();
        var rows = WorkplaceScript.Csv(
            Row("e1", "e1@example.com"),
            Row("e2", "not-a-login-id"),
            Row("e3", "e3@example.com", department: "no-such-dept"),
            Row("e4", "e4@example.com"));

        var result = fixture.Run(company, "$rows | New-WorkplaceEmployee -ThrottleLimit 2", new Dictionary<string, object?> { ["rows"] = rows });

        Assert.Equal(["e1", "e4"], result.Objects<Employee>().Select(e => e.ExternalKey));
        var errors = result.ErrorMessages();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Row 2 (ExternalKey 'e2'): POST ", errors[0]);
        Assert.Contains("-LoginId (loginId): must have the form id@domain", errors[0]);
        Assert.StartsWith("Row 3 (ExternalKey 'e3'): POST ", errors[1]);
        Assert.True(errors[1].Contains("-DepartmentExternalKey (deptExternalKey): Department 'no-such-dept' does not exist", StringComparison.Ordinal), errors[1]);
        Assert.Equal("INVALID_PARAMETER", result.Errors[0].FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, result.Errors[0].CategoryInfo.Category);
        Assert.Equal(2, fixture.Host.Tenant.Count(company.CompanyId, WorkplaceResourceNames.Employee));
    }

    [Fact]
    public void A_load_run_again_with_SkipExisting_changes_nothing_and_without_it_reports_each_conflict()
    {
        var company = fixture.NewCompany();
        var rows = WorkplaceScript.Csv(Row("e1", "e1@example.com"), Row("e2", "e2@example.com"));
        var variables = new Dictionary<string, object?> { ["rows"] = rows };
        fixture.Run(company, "$rows | New-WorkplaceEmployee", variables).ThrowOnError();

        var again = fixture.Run(company, "$rows | New-WorkplaceEmployee -SkipExisting -Verbose", variables).ThrowOnError();
        Assert.Empty(again.Output);
        Assert.Equal(2, again.Verbose.Count(v => v.Contains("already exists as", StringComparison.Ordinal)));

        var conflicts = fixture.Run(company, "$rows | New-WorkplaceEmployee", variables);
        Assert.Equal(2, conflicts.Errors.Count);
        Assert.All(conflicts.ErrorMessages(), m => Assert.Contains("409", m));
        Assert.Equal(2, fixture.Host.Tenant.Count(company.CompanyId, WorkplaceResourceNames.Employee));
    }

    [Fact]
    public void The_initial_password_is_sent_but_never_shown_in_any_stream()
    {
        var company = fixture.NewCompany();

        var result = fixture.Run(company, """
            New-WorkplaceEmployee -ExternalKey p1 -Name P -LoginId p1@example.com -Email p1@example.com -DepartmentExternalKey dept0000 -HireDate 2024-01-02 -Password 'Sup3r-Secret!' -Verbose -Debug
            """);

        result.ThrowOnError();
        Assert.Single(result.Objects<Employee>());
        string everything = result.AllText();
        Assert.DoesNotContain("Sup3r-Secret!", everything);
        Assert.DoesNotContain(company.SecretKey, everything);
        Assert.Contains("\"initializePassword\":\"***\"", everything);
    }

    [Fact]
    public void Missing_required_columns_fail_only_their_row()
    {
        var company = fixture.NewCompany();
        var rows = WorkplaceScript.Csv(Row("e1", "e1@example.com"), new { ExternalKey = "e2", Name = "No login" }, Row("e3", "e3@example.com"));

        var result = fixture.Run(company, "$rows | New-WorkplaceEmployee", new Dictionary<string, object?> { ["rows"] = rows });

        Assert.Equal(["e1", "e3"], result.Objects<Employee>().Select(e => e.ExternalKey));
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Set_WorkplaceEmployee_Clear_empties_the_named_fields_and_keeps_the_rest()
    {
        var company = fixture.NewCompany();
        fixture.Run(company, """
            New-WorkplaceDepartment ops Operations dept0000 > $null
            New-WorkplaceEmployee -ExternalKey emp0002 -Name 'Kim' -LoginId kim@example.by-works.com -Email kim@example.com `
                -DepartmentExternalKey dept0000 -HireDate 2024-03-01 -Telephone '02-111-2222' -NickName kim_k -CellPhone '010-1111-2222' `
                -ConcurrentDepartmentExternalKey ops > $null
            Set-WorkplaceEmployee emp0002 -Clear Telephone, nickname, ConcurrentDepartmentExternalKey -Address 'Seoul'
            """).ThrowOnError();

        JsonObject stored = Stored(company, "emp0002")!;
        Assert.Null(stored["telephoneNo"]);
        Assert.Null(stored["empNick"]);
        Assert.Empty(stored["concurrentDeptExternalKeys"]!.AsArray());
        Assert.Equal("010-1111-2222", (string?)stored["cellphoneNo"]);
        Assert.Equal("Seoul", (string?)stored["address"]);
    }

    [Fact]
    public void Set_WorkplaceEmployee_refuses_a_field_both_given_and_cleared_and_sends_nothing()
    {
        var company = fixture.NewCompany();
        fixture.Run(company, """
            New-WorkplaceEmployee -ExternalKey emp0003 -Name 'Lee' -LoginId lee@example.by-works.com -Email lee@example.com `
                -DepartmentExternalKey dept0000 -HireDate 2024-03-01 -Telephone '02-111-2222' > $null
            """).ThrowOnError();

        var result = fixture.Run(company, "Set-WorkplaceEmployee emp0003 -Telephone '02-333-4444' -Clear Telephone");

        Assert.Contains("Telephone: given a value and named in -Clear", Assert.Single(result.ErrorMessages()));
        Assert.Equal("02-111-2222", (string?)Stored(company, "emp0003")!["telephoneNo"]);
    }

    [Fact]
    public void Set_WorkplaceEmployee_Clear_refuses_a_required_field_before_binding()
    {
        var company = fixture.NewCompany();

        var result = fixture.Run(company, "Set-WorkplaceEmployee emp0004 -Clear Name");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ParameterArgumentValidationError", error.FullyQualifiedErrorId);
        Assert.Contains("'Clear'", error.Exception.Message);
    }
}
