using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using NaverWorks.Commands.Workplace;

namespace NaverWorks.Tests.Workplace.Commands;

/// <summary>
/// Every field a Set-Workplace* -Clear offers can really be emptied: the API client knows it as clearable and the
/// emulator, which enforces the documented required fields, accepts the replace without it.
/// </summary>
public sealed class WorkplaceClearParameterTests(WorkplaceModuleFixture fixture) : IClassFixture<WorkplaceModuleFixture>
{
    public static TheoryData<string, string> Cmdlets => new()
    {
        { nameof(SetWorkplaceEmployeeCommand), "New-WorkplaceGrade g1 Staff 1 > $null; New-WorkplaceEmployee e1 'Kim' -LoginId kim@example.by-works.com -Email kim@example.com -DepartmentExternalKey dept0000 -HireDate 2024-03-01 -Telephone 02-111-2222 -GradeExternalKey g1 -I18nNames @{ en_US = 'Kim' }" },
        { nameof(SetWorkplaceDepartmentCommand), "New-WorkplaceDepartment d1 Sales dept0000 -Email sales@example.com" },
        { nameof(SetWorkplaceGradeCommand), "New-WorkplaceGrade c1 Manager 1 -I18nNames @{ en_US = 'Manager' }" },
        { nameof(SetWorkplaceJobCommand), "New-WorkplaceJob c1 Lead 1" },
        { nameof(SetWorkplaceEmploymentTypeCommand), "New-WorkplaceEmploymentType c1 Regular 1" },
    };

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_field_Clear_offers_can_be_cleared(string cmdletType, string create)
    {
        var type = typeof(SetWorkplaceEmployeeCommand).Assembly.GetType("NaverWorks.Commands.Workplace." + cmdletType)!;
        string name = type.GetCustomAttribute<CmdletAttribute>()!.VerbName + "-" + type.GetCustomAttribute<CmdletAttribute>()!.NounName;
        string[] offered = type.GetProperty("Clear")!.GetCustomAttribute<ValidateSetAttribute>()!.ValidValues.ToArray();
        string key = create.Split(" New-")[^1].Split(' ')[1];
        var company = fixture.NewCompany();

        var result = fixture.Run(company, $"{create} > $null; {name} {key} -Clear $fields", new Dictionary<string, object?> { ["fields"] = offered });

        result.ThrowOnError();
        Assert.NotEmpty(offered);
    }
}
