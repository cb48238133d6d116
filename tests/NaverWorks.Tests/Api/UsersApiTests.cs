using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Auth;
using NaverWorks.Bulk;
using NaverWorks.Emulator;
using NaverWorks.Http;
using NaverWorks.Paging;
using NaverWorks.Provisioning;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Api;

public class UsersApiTests
{
    [Fact]
    public async Task The_list_streams_every_page_with_count_and_cursor_as_documented()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 24, RateLimitPerMinute = 0 });
        var users = await new UsersApi(api.Transport).ListAsync(new ListQuery { OrderBy = "NAME" }, new PagerOptions { PageSize = 10 }, RequestContext.None).ToListAsync();
        Assert.Equal(25, users.Count); // 24 seeded + the super admin
        Assert.Equal(25, users.Select(u => u.UserId).Distinct().Count());
        var calls = api.Server.Requests.ForRoute("GET /users");
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.Contains("count=10", c.Query));
        Assert.All(calls, c => Assert.Contains("orderBy=NAME", c.Query));
        Assert.DoesNotContain("cursor=", calls[0].Query);
        Assert.Contains("cursor=", calls[1].Query);
    }

    [Fact]
    public async Task A_create_sends_the_documented_body_with_the_org_unit_as_primary()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 1, RateLimitPerMinute = 0 });
        var provisioner = new UserProvisioner(new UsersApi(api.Transport), new DirectoryLookup(api.Transport, null));
        var fields = new UserFields
        {
            Email = "ken.ito@example.com", LastName = "Ito", FirstName = "Ken", OrgUnit = "인사팀", Position = "팀장", Level = "과장",
            IsManager = true, Password = new Secret("Passw0rd1"), ChangePasswordAtNextLogin = true, CellPhone = "010-1111-2222",
        };
        CreateOutcome<User> created = await provisioner.CreateAsync(fields, skipExisting: false, RequestContext.None);
        Assert.False(created.Reconciled);
        Assert.Equal("인사팀", created.Value!.OrgUnit);

        var body = JsonNode.Parse(api.Server.Requests.ForRoute("POST /users").Single().Body)!.AsObject();
        Assert.Equal(api.Server.Tenant.DomainId, (int)body["domainId"]!);
        Assert.Equal("ken.ito@example.com", (string?)body["email"]);
        Assert.Equal("Ito", (string?)body["userName"]!["lastName"]);
        Assert.Equal("ADMIN", (string?)body["passwordConfig"]!["passwordCreationType"]);
        Assert.True((bool)body["passwordConfig"]!["changePasswordAtNextLogin"]!);
        var organization = body["organizations"]!.AsArray().Single()!;
        Assert.True((bool)organization["primary"]!);
        Assert.Equal(api.Server.Tenant.FindLevel("과장")!.LevelId, (string?)organization["levelId"]);
        var unit = organization["orgUnits"]!.AsArray().Single()!;
        Assert.Equal(api.Server.Tenant.FindOrgUnitByName("인사팀")!.OrgUnitId, (string?)unit["orgUnitId"]);
        Assert.True((bool)unit["primary"]!);
        Assert.True((bool)unit["isManager"]!);
        Assert.False(body.ContainsKey("nickName")); // nothing that was not given
        Assert.False(body.ContainsKey("isAdministrator")); // nor read-only fields
    }

    [Fact]
    public async Task A_create_whose_answer_is_lost_after_the_commit_is_found_and_not_sent_again()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 1, RateLimitPerMinute = 0 });
        api.Server.Faults.Enqueue(FaultRule.Of(FaultKind.CommitThenFail, "POST", "/users"));
        var provisioner = new UserProvisioner(new UsersApi(api.Transport), new DirectoryLookup(api.Transport, null));
        var outcome = await provisioner.CreateAsync(
            new UserFields { Email = "once@example.com", LastName = "Once", FirstName = "Only", Password = new Secret("Passw0rd1") }, false, RequestContext.None);
        Assert.True(outcome.Reconciled);
        Assert.Single(api.Server.Requests.ForRoute("POST /users"));
        Assert.NotNull(api.Server.Tenant.FindUserByEmail("once@example.com"));
    }

    [Fact]
    public async Task A_change_patches_only_the_fields_whose_value_differs()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 3, RateLimitPerMinute = 0 });
        var someone = api.Server.Tenant.GetUsers().First(u => !u.IsAdministrator);
        var provisioner = new UserProvisioner(new UsersApi(api.Transport), new DirectoryLookup(api.Transport, null));
        var change = await provisioner.PlanChangeAsync(someone.Email, new UserFields { Location = "Seoul", CellPhone = someone.CellPhone, LastName = someone.UserName.LastName }, RequestContext.None);
        Assert.Equal(new[] { "Location" }, change.Changed);
        await provisioner.ApplyAsync(change, RequestContext.None);
        var patch = api.Server.Requests.ForRoute("PATCH /users/{userId}").Single();
        Assert.Equal("{\"location\":\"Seoul\"}", patch.Body);
        Assert.EndsWith("/users/" + someone.UserId, patch.Path);
    }

    [Fact]
    public async Task Clearing_a_field_sends_it_as_null()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 2, RateLimitPerMinute = 0 });
        var someone = api.Server.Tenant.GetUsers().First(u => u.CellPhone is not null);
        var provisioner = new UserProvisioner(new UsersApi(api.Transport), new DirectoryLookup(api.Transport, null));
        var fields = new UserFields();
        fields.Clear.Add("CellPhone");
        fields.Clear.Add("NickName"); // already empty: not sent
        await provisioner.ApplyAsync(await provisioner.PlanChangeAsync(someone.UserId, fields, RequestContext.None), RequestContext.None);
        Assert.Equal("{\"cellPhone\":null}", api.Server.Requests.ForRoute("PATCH /users/{userId}").Single().Body);
        Assert.Null(api.Server.Tenant.FindUser(someone.UserId)!.CellPhone);
    }

    [Fact]
    public async Task A_delete_whose_answer_is_lost_is_confirmed_by_a_lookup_not_reported_as_not_found()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 2, RateLimitPerMinute = 0 });
        var someone = api.Server.Tenant.GetUsers().First(u => !u.IsAdministrator);
        api.Server.Faults.Enqueue(FaultRule.Of(FaultKind.CommitThenFail, "DELETE", "/users"));
        bool reconciled = await new UsersApi(api.Transport).DeleteAsync(someone.Email, RequestContext.None);
        Assert.True(reconciled);
        Assert.Single(api.Server.Requests.ForRoute("DELETE /users/{userId}"));
        Assert.Null(api.Server.Tenant.FindUser(someone.UserId));
    }

    [Fact]
    public async Task Suspend_and_resume_survive_a_lost_answer()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 2, RateLimitPerMinute = 0 });
        var someone = api.Server.Tenant.GetUsers().First(u => !u.IsAdministrator);
        var users = new UsersApi(api.Transport);
        api.Server.Faults.Enqueue(FaultRule.Of(FaultKind.CommitThenFail, "POST", "/users/" + someone.UserId + "/suspend"));
        Assert.True(await users.SuspendAsync(someone.UserId, RequestContext.None));
        Assert.True(api.Server.Tenant.FindUser(someone.UserId)!.IsSuspended);
        Assert.False(await users.ResumeAsync("externalKey:" + someone.UserExternalKey, RequestContext.None));
        Assert.False(api.Server.Tenant.FindUser(someone.UserId)!.IsSuspended);
    }
}
