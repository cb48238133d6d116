using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;
using NaverWorks.Tests.Workplace.Commands;

namespace NaverWorks.Tests.Formatting;

/// <summary>The views filled with real objects from the emulator: what an administrator would see.</summary>
public sealed class ViewRenderingTests : IAsyncLifetime
{
    private EmulatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await EmulatedTenant.StartAsync(new() { SeedUsers = 3 });

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    private static List<(string Label, string Text)> RenderAll(ModuleRunspace ps, PSObject viewed)
    {
        var type = viewed.BaseObject.GetType();
        var views = FormatFile.ViewsFor(type);
        Assert.NotEmpty(views);
        return views.SelectMany(v => ViewRenderer.Render(ps, v, viewed)).ToList();
    }

    [Fact]
    public void Session_views_show_who_and_where_but_never_a_token_or_a_secret()
    {
        string token = _tenant.Server.Tokens.CreateAccessToken(_tenant.Demo);
        using var ps = _tenant.Connect();
        var works = ps.Invoke("Get-WorksSession; Connect-Works -AccessToken $t -ApiEndpoint $nwApi -PassThru", new(_tenant.Variables) { ["t"] = token }).ThrowOnError().Output;
        var shown = works.SelectMany(s => RenderAll(ps, s)).ToList();
        string text = string.Join("\n", shown.Select(s => s.Label + ": " + s.Text));
        Assert.Contains(_tenant.Demo.ServiceAccount, text);
        Assert.Contains("ServiceAccount", text);
        Assert.DoesNotContain(token, text);
        Assert.DoesNotContain(_tenant.Demo.ClientSecret, text);
        Assert.DoesNotContain(_tenant.Demo.PrivateKeyPem.Split('\n')[1], text);

        WorkplaceCredentials company = _tenant.Server.Workplace.AddCompany();
        var workplace = WorkplaceScript.Run(ps, new System.Uri(_tenant.Server.WorkplaceEndpoint), company, "Get-WorkplaceSession").ThrowOnError().Output.Single();
        string wp = string.Join("\n", RenderAll(ps, workplace).Select(s => s.Label + ": " + s.Text));
        Assert.Contains(company.CompanyId, wp);
        Assert.Contains(company.AccessKey.Substring(0, 4), wp);
        Assert.DoesNotContain(company.AccessKey, wp);
        Assert.DoesNotContain(company.SecretKey, wp);
    }

    [Fact]
    public void A_user_in_a_list_shows_ids_names_and_placement_first()
    {
        using var ps = _tenant.Connect();
        var user = ps.Invoke("@(Get-WorksUser | Where-Object OrgUnit)[0]").ThrowOnError().Output.Single();
        var list = FormatFile.ViewsFor(user.BaseObject.GetType()).First(v => v.Kind == "List");
        var shown = ViewRenderer.Render(ps, list, user);
        Assert.Equal(["UserId", "Email", "LastName", "FirstName", "OrgUnit"], shown.Take(5).Select(s => s.Label));
        Assert.All(shown.Take(5), s => Assert.False(string.IsNullOrEmpty(s.Text), s.Label + " is empty"));
    }

    [Fact]
    public void Every_view_fills_with_real_objects_of_each_kind_without_errors()
    {
        using var ps = _tenant.Connect();
        _tenant.Server.Tenant.AddGroup("Sales");
        var objects = ps.Invoke("""
            $u = Get-WorksUser -First 1
            $u
            Get-WorksOrgUnit -First 1
            Get-WorksGroup -First 1
            Get-WorksLevel -First 1
            Get-WorksPosition -First 1
            Get-WorksCalendar -UserId $u.UserId
            New-WorksEvent -UserId $u.UserId -Summary 'Review' -Start '2024-06-03T10:00:00' -TimeZone Asia/Seoul -Attendee $u.Email -Reminder PT15M
            """).ThrowOnError().Output;
        WorkplaceCredentials company = _tenant.Server.Workplace.AddCompany();
        objects.AddRange(WorkplaceScript.Run(ps, new System.Uri(_tenant.Server.WorkplaceEndpoint), company, """
            New-WorkplaceDepartment sales '영업 본부' dept0000 -I18nNames @{ en_US = 'Sales' }
            New-WorkplaceGrade g1 사원 1
            New-WorkplaceEmployee e1 '홍길동' -LoginId gildong@example.com -Email gildong@example.com -DepartmentExternalKey sales -HireDate 2024-03-01 -GradeExternalKey g1
            """).ThrowOnError().Output);

        var kinds = objects.Select(o => o.BaseObject.GetType()).Distinct().ToList();
        Assert.Equal(10, kinds.Count);
        foreach (PSObject o in objects) Assert.NotEmpty(RenderAll(ps, o));
    }
}
