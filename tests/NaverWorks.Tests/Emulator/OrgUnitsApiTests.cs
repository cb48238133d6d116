using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

public sealed class OrgUnitsApiTests : EmulatorTest
{
    private object NewOrgUnit(string name, string? parent = null, string? email = null, string? externalKey = null) => new Dictionary<string, object?>
    {
        ["domainId"] = Server.Tenant.DomainId,
        ["orgUnitName"] = name,
        ["parentOrgUnitId"] = parent,
        ["displayOrder"] = 1,
        ["email"] = email,
        ["orgUnitExternalKey"] = externalKey,
        ["useMessage"] = true,
        ["useCalendar"] = true,
    };

    private async Task<JsonObject> CreateAsync(string name, string? parent = null, string? externalKey = null) =>
        (await Client.ExpectAsync(201, Client.PostAsync("/orgunits", NewOrgUnit(name, parent, externalKey: externalKey))))!.AsObject();

    [Fact]
    public async Task Create_org_unit_returns_every_property_and_can_be_read_by_external_key()
    {
        var created = await CreateAsync("R&D (Seoul)", externalKey: "DEPT-RD");
        Assert.StartsWith("orgunit", created["orgUnitId"]!.GetValue<string>());
        Assert.Equal(
            ["domainId", "orgUnitId", "orgUnitExternalKey", "orgUnitName", "i18nNames", "email", "description", "visible", "parentOrgUnitId", "displayOrder", "aliasEmails", "canReceiveExternalMail", "useMessage", "useNote", "useCalendar", "useTask", "useFolder", "useServiceNotification"],
            created.Select(p => p.Key));
        var fetched = await Client.ExpectAsync(200, Client.GetAsync("/orgunits/externalKey:DEPT-RD"));
        Assert.Equal(created.ToJsonString(), fetched!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"domainId":10000001,"orgUnitName":"Team<1>","displayOrder":1}""", "INVALID_PARAMETER", "orgUnitName")]
    [InlineData("""{"domainId":10000001,"orgUnitName":"Team","displayOrder":0}""", "INVALID_PARAMETER", "displayOrder")]
    [InlineData("""{"domainId":10000001,"orgUnitName":"Team"}""", "MISSING_PARAMETER", "displayOrder")]
    [InlineData("""{"domainId":10000001,"orgUnitName":"Team","displayOrder":1,"parentOrgUnitId":"orgunit0-0000-0000-0000-000000000000"}""", "INVALID_PARAMETER", "parentOrgUnitId")]
    [InlineData("""{"domainId":10000001,"orgUnitName":"Team","displayOrder":1,"email":"x@example.com"}""", "INVALID_PARAMETER", "email")]
    public Task Create_org_unit_validates_strictly(string body, string code, string field) =>
        Client.ExpectErrorAsync(400, code, Client.PostAsync("/orgunits", body), field + ":");

    [Fact]
    public async Task Duplicate_external_key_is_409()
    {
        await CreateAsync("One", externalKey: "DUP");
        await Client.ExpectErrorAsync(409, "ALREADY_EXIST", Client.PostAsync("/orgunits", NewOrgUnit("Two", externalKey: "DUP")));
    }

    [Fact]
    public async Task PUT_switches_omitted_feature_flags_off_and_requires_email()
    {
        var id = (await CreateAsync("Features"))["orgUnitId"]!.GetValue<string>();
        await Client.ExpectErrorAsync(400, "MISSING_PARAMETER", Client.PutAsync($"/orgunits/{id}", new { domainId = Server.Tenant.DomainId, orgUnitName = "Features", displayOrder = 1 }), "email");

        var replaced = await Client.ExpectAsync(200, Client.PutAsync($"/orgunits/{id}", new { domainId = Server.Tenant.DomainId, orgUnitName = "Features", displayOrder = 1, email = $"features@{Server.Tenant.MailDomain}" }));

        Assert.False(replaced!["useMessage"]!.GetValue<bool>());
        Assert.False(replaced["useCalendar"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PATCH_keeps_what_it_does_not_mention()
    {
        var id = (await CreateAsync("Patch"))["orgUnitId"]!.GetValue<string>();
        var patched = await Client.ExpectAsync(200, Client.PatchAsync($"/orgunits/{id}", new { description = "설명" }));
        Assert.True(patched!["useMessage"]!.GetValue<bool>());
        Assert.Equal("설명", patched["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parent_changes_only_through_move()
    {
        var a = (await CreateAsync("A"))["orgUnitId"]!.GetValue<string>();
        var b = (await CreateAsync("B"))["orgUnitId"]!.GetValue<string>();
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PatchAsync($"/orgunits/{b}", new { parentOrgUnitId = a }), "move");

        await Client.ExpectAsync(204, Client.PostAsync($"/orgunits/{b}/move", new { parentOrgUnitId = a }));
        Assert.Equal(a, Server.Tenant.FindOrgUnit(b)!.ParentOrgUnitId);
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync($"/orgunits/{a}/move", new { parentOrgUnitId = b }), "descendants");
    }

    [Fact]
    public async Task Org_unit_with_children_or_members_cannot_be_deleted()
    {
        var parent = (await CreateAsync("Parent"))["orgUnitId"]!.GetValue<string>();
        var child = (await CreateAsync("Child", parent))["orgUnitId"]!.GetValue<string>();
        await Client.ExpectErrorAsync(400, "BAD_REQUEST", Client.DeleteAsync($"/orgunits/{parent}"), "child");

        await Client.ExpectAsync(201, Client.PostAsync("/users", NewUserBody("member", child)));
        await Client.ExpectErrorAsync(400, "BAD_REQUEST", Client.DeleteAsync($"/orgunits/{child}"), "member");

        await Client.ExpectAsync(204, Client.DeleteAsync($"/users/member@{Server.Tenant.MailDomain}"));
        await Client.ExpectAsync(204, Client.DeleteAsync($"/orgunits/{child}"));
        await Client.ExpectAsync(204, Client.DeleteAsync($"/orgunits/{parent}"));
        await Client.ExpectErrorAsync(404, "ORGUNIT_NOT_EXIST", Client.GetAsync($"/orgunits/{parent}"));
    }

    [Fact]
    public async Task Org_unit_under_a_hidden_parent_must_be_hidden()
    {
        var hidden = (await Client.ExpectAsync(201, Client.PostAsync("/orgunits", new { domainId = Server.Tenant.DomainId, orgUnitName = "Hidden", displayOrder = 1, visible = false })))!["orgUnitId"]!.GetValue<string>();
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync("/orgunits", NewOrgUnit("Visible child", hidden)), "visible");
    }
}
