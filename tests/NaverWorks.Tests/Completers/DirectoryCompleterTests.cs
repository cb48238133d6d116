using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Completers;

/// <summary>Tab on directory parameters, in a runspace connected to the emulator's seeded tenant.</summary>
public sealed class DirectoryCompleterTests : IAsyncLifetime
{
    private EmulatedTenant _tenant = null!;
    private ModuleRunspace _ps = null!;

    public async Task InitializeAsync()
    {
        _tenant = await EmulatedTenant.StartAsync(new() { SeedUsers = 5 });
        // Two units share a name, one has a space in it: the cases where what Tab inserts matters.
        var dev = _tenant.Server.Tenant.AddOrgUnit("개발 지원팀");
        _tenant.Server.Tenant.AddOrgUnit("인사팀", dev.OrgUnitId);
        _tenant.Server.Tenant.AddGroup("Sales Leads", "GROUP-SALES");
        _tenant.Server.Tenant.AddGroup("Support");
        _ps = _tenant.Connect();
    }

    public async Task DisposeAsync()
    {
        _ps.Dispose();
        await _tenant.DisposeAsync();
    }

    private string OrgUnitId(string name) => (string)_ps.Invoke($"(Get-WorksOrgUnit -Name '{name}').OrgUnitId").ThrowOnError().Output.First().BaseObject;

    [Fact]
    public void OrgUnitId_completes_ids_and_shows_each_unit_by_its_path()
    {
        var results = Completion.At(_ps, "Get-WorksUser -OrgUnitId 국내").Values();

        var only = Assert.Single(results);
        Assert.Equal(OrgUnitId("국내영업팀"), only.CompletionText);
        Assert.Equal("영업본부 > 국내영업팀", only.ListItemText);
        Assert.Contains("SEED-SALES-KR", only.ToolTip);
    }

    [Fact]
    public void OrgUnit_completes_names_quoting_spaces_and_gives_the_id_when_a_name_is_not_unique()
    {
        Assert.Equal(["'개발 지원팀'"], Completion.At(_ps, "New-WorksUser -Email a@example.com -OrgUnit '개발 ").Values().Texts());
        Assert.Equal(["'개발 지원팀'", "개발본부"], Completion.At(_ps, "New-WorksUser -Email a@example.com -OrgUnit 개발").Values().Texts().Order(System.StringComparer.Ordinal));

        var twins = Completion.At(_ps, "Set-WorksUser -Id a@example.com -OrgUnit 인사").Values();
        Assert.Equal(2, twins.Count);
        Assert.All(twins, t => Assert.StartsWith("orgunit", t.CompletionText));
        Assert.Equal(["개발 지원팀 > 인사팀", "경영지원본부 > 인사팀"], twins.Select(t => t.ListItemText).OrderBy(t => t, System.StringComparer.Ordinal));

        Assert.Equal(["'개발 지원팀'"], Completion.At(_ps, "New-WorksOrgUnit -Name X -Parent '개발 지").Values().Texts());
        Assert.Contains(OrgUnitId("영업본부"), Completion.At(_ps, "New-WorksOrgUnit -Name X -ParentId 영업").Values().Texts());
        Assert.Equal(["externalKey:SEED-SALES-GL"], Completion.At(_ps, "New-WorksUser -OrgUnit externalKey:SEED-SALES-G").Values().Texts());
    }

    [Fact]
    public void Listings_are_asked_once_and_reused_for_the_next_Tab()
    {
        using var ps = _tenant.Connect();
        _tenant.Server.Requests.Clear();

        Completion.At(ps, "Get-WorksUser -OrgUnitId ");
        Completion.At(ps, "New-WorksUser -OrgUnit 영");
        Completion.At(ps, "New-WorksOrgUnit -Name X -ParentId 개");

        Assert.Single(_tenant.Server.Requests.ForRoute("GET /orgunits"));
    }

    [Fact]
    public void Position_level_and_group_parameters_complete_from_the_tenant()
    {
        Assert.Equal(["팀원", "팀장"], Completion.At(_ps, "New-WorksUser -Email a@example.com -Position 팀").Values().Texts().Order());
        Assert.Equal(["과장"], Completion.At(_ps, "New-WorksUser -Email a@example.com -Level 과").Values().Texts());
        var levelId = Assert.Single(Completion.At(_ps, "Set-WorksUser -Id a@example.com -LevelId 부장").Values());
        Assert.StartsWith("level", levelId.CompletionText);
        Assert.Equal("부장", levelId.ListItemText);
        Assert.Single(Completion.At(_ps, "Set-WorksUser -Id a@example.com -PositionId 본부").Values());

        var group = Assert.Single(Completion.At(_ps, "Add-WorksGroupMember -GroupId Sal").Values());
        Assert.StartsWith("group", group.CompletionText);
        Assert.Equal("Sales Leads", group.ListItemText);
        Assert.Equal(2, Completion.At(_ps, "Get-WorksGroup -Id ").Values().Count);
    }

    [Fact]
    public void TimeZone_offers_Windows_names_only_where_they_are_translated_and_Scope_completes_scopes()
    {
        Assert.Equal(["Asia/Seoul"], Completion.At(_ps, "New-WorksUser -Email a@example.com -TimeZone Asia/Seo").Values().Texts());
        Assert.Empty(Completion.At(_ps, "New-WorksUser -Email a@example.com -TimeZone 'Korea S").Values());
        Assert.Equal(["'Korea Standard Time'"], Completion.At(_ps, "Get-WorksEvent -UserId a -Month 2024-06 -TimeZone 'Korea S").Values().Texts());
        Assert.Equal(["calendar", "calendar.read"], Completion.At(_ps, "Connect-Works -Scope cal").Values().Texts());
    }

    [Fact]
    public void Without_a_connection_Tab_offers_no_values_and_raises_no_error()
    {
        using var ps = new ModuleRunspace();
        foreach (string line in new[]
        {
            "Get-WorksUser -OrgUnitId ", "New-WorksUser -OrgUnit ", "New-WorksOrgUnit -Name X -Parent ", "Add-WorksGroupMember -GroupId ",
            "New-WorksUser -Position ", "New-WorksUser -LevelId ", "Get-WorksEvent -UserId a@example.com -CalendarId ",
            "New-WorkplaceEmployee -DepartmentExternalKey ", "Get-WorkplaceGrade -ExternalKey ",
        })
        {
            Assert.Empty(Completion.At(ps, line).Values());
        }
    }
}
