using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;
using NaverWorks.Tests.Workplace.Commands;

namespace NaverWorks.Tests.Completers;

/// <summary>Tab on -CalendarId (for the user on the line) and on WORKPLACE keys.</summary>
public sealed class CalendarAndWorkplaceCompleterTests : IAsyncLifetime
{
    private EmulatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await EmulatedTenant.StartAsync(new() { SeedUsers = 3 });

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public void CalendarId_completes_the_calendars_of_the_user_given_on_the_line()
    {
        using var ps = _tenant.Connect();
        string user = (string)ps.Invoke("(Get-WorksUser -First 1).Email").ThrowOnError().Output.Single().BaseObject;
        string shared = (string)ps.Invoke("(New-WorksCalendar -Name 'Sales (KR)' -Member $u).CalendarId", new() { ["u"] = user }).ThrowOnError().Output.Single().BaseObject;

        var all = Completion.At(ps, $"Get-WorksEvent -UserId {user} -Month 2024-06 -CalendarId ").Values();
        Assert.Equal(2, all.Count);
        var sales = Assert.Single(Completion.At(ps, $"New-WorksEvent -UserId {user} -Summary x -Start 2024-06-01 -CalendarId Sal").Values());
        Assert.Equal(shared, sales.CompletionText);
        Assert.Equal("Sales (KR)", sales.ListItemText);

        // A service account has no "me": without -UserId there is nobody whose calendars to list.
        Assert.Empty(Completion.At(ps, "Get-WorksCalendar -CalendarId ").Values());
    }

    [Fact]
    public void WORKPLACE_keys_complete_departments_by_path_and_codes_by_name_for_the_command_named()
    {
        using var ps = new ModuleRunspace();
        WorkplaceCredentials company = _tenant.Server.Workplace.AddCompany();
        WorkplaceScript.Run(ps, new System.Uri(_tenant.Server.WorkplaceEndpoint), company, """
            New-WorkplaceDepartment sales '영업 본부' dept0000
            New-WorkplaceDepartment sales-kr 국내영업팀 sales
            New-WorkplaceGrade g1 사원 1
            New-WorkplaceGrade g2 대리 2
            New-WorkplaceJob j1 팀장 1
            """).ThrowOnError();

        var kr = Assert.Single(Completion.At(ps, "New-WorkplaceEmployee -ExternalKey e1 -DepartmentExternalKey 국내").Values());
        Assert.Equal("sales-kr", kr.CompletionText);
        Assert.EndsWith("영업 본부 > 국내영업팀", kr.ListItemText);
        Assert.Equal(["sales", "sales-kr"], Completion.At(ps, "New-WorkplaceDepartment x X -ParentExternalKey sal").Values().Texts());
        Assert.Equal(["g1", "g2"], Completion.At(ps, "Set-WorkplaceEmployee e1 -GradeExternalKey ").Values().Texts().Order());
        Assert.Equal(["j1"], Completion.At(ps, "Set-WorkplaceEmployee e1 -JobExternalKey 팀").Values().Texts());
        Assert.Equal(["g2"], Completion.At(ps, "Remove-WorkplaceGrade -ExternalKey 대").Values().Texts());
        Assert.Equal(["sales-kr"], Completion.At(ps, "Get-WorkplaceDepartment -ExternalKey sales-").Values().Texts());
        Assert.Empty(Completion.At(ps, "New-WorkplaceGrade -ExternalKey g").Values());
    }
}
