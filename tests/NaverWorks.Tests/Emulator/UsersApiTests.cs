using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace NaverWorks.Tests.Emulator;

public sealed class UsersApiTests : EmulatorTest
{
    private string _team = "";

    private async Task<JsonObject> CreateUserAsync(string localPart, string? externalKey = null) =>
        (await Client.ExpectAsync(201, Client.PostAsync("/users", NewUserBody(localPart, _team, externalKey))))!.AsObject();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _team = Server.Tenant.AddOrgUnit("플랫폼팀", email: $"platform@{Server.Tenant.MailDomain}").OrgUnitId;
    }

    [Fact]
    public async Task Create_user_returns_201_with_every_property_and_equals_a_later_GET()
    {
        var created = await CreateUserAsync("gildong.hong", "EMP-1");

        Assert.StartsWith("user", created["userId"]!.GetValue<string>());
        Assert.Equal(36, created["userId"]!.GetValue<string>().Length);
        foreach (var property in new[] { "nickName", "privateEmail", "telephone", "messenger", "birthday", "employmentTypeId", "suspendedReason", "locale" })
        {
            Assert.True(created.ContainsKey(property), property);
            Assert.Null(created[property]);
        }

        Assert.Empty(created["aliasEmails"]!.AsArray());
        Assert.Empty(created["customFields"]!.AsArray());
        var unit = created["organizations"]![0]!["orgUnits"]![0]!;
        Assert.Equal("플랫폼팀", unit["orgUnitName"]!.GetValue<string>());
        Assert.Equal($"platform@{Server.Tenant.MailDomain}", unit["orgUnitEmail"]!.GetValue<string>());

        var fetched = await Client.ExpectAsync(200, Client.GetAsync("/users/" + created["userId"]));
        Assert.Equal(created.ToJsonString(), fetched!.ToJsonString());
    }

    [Fact]
    public async Task User_can_be_read_by_id_email_and_external_key()
    {
        var created = await CreateUserAsync("lookup", "EMP-LOOKUP");
        var id = created["userId"]!.GetValue<string>();
        foreach (var path in new[] { id, Uri.EscapeDataString($"lookup@{Server.Tenant.MailDomain}"), "externalKey:EMP-LOOKUP" })
        {
            var user = await Client.ExpectAsync(200, Client.GetAsync("/users/" + path));
            Assert.Equal(id, user!["userId"]!.GetValue<string>());
        }
    }

    [Fact]
    public Task Unknown_user_is_404_USER_NOT_EXIST() =>
        Client.ExpectErrorAsync(404, "USER_NOT_EXIST", Client.GetAsync("/users/user0000-0000-0000-0000-000000000000"));

    [Fact]
    public async Task Duplicate_email_or_external_key_is_409()
    {
        await CreateUserAsync("dup", "EMP-DUP");
        await Client.ExpectErrorAsync(409, "ALREADY_EXIST", Client.PostAsync("/users", NewUserBody("dup")));
        await Client.ExpectErrorAsync(409, "ALREADY_EXIST", Client.PostAsync("/users", NewUserBody("other", externalKey: "EMP-DUP")), "userExternalKey");
    }

    [Fact]
    public async Task Email_outside_the_tenant_domain_is_400_naming_the_field()
    {
        var body = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(NewUserBody("x")))!;
        body["email"] = "someone@elsewhere.org";
        var description = await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync("/users", body.ToJsonString()));
        Assert.Equal($"email: must be a valid address in domain {Server.Tenant.MailDomain}", description);
    }

    [Theory]
    [InlineData("""{"userName":{"lastName":"김"},"email":"a1@example.com"}""", 400, "MISSING_PARAMETER", "domainId")]
    [InlineData("""{"domainId":"10000001","userName":{"lastName":"김"},"email":"a1@example.com"}""", 400, "INVALID_PARAMETER", "domainId")]
    [InlineData("""{"domainId":10000001,"email":"a1@example.com"}""", 400, "MISSING_PARAMETER", "userName")]
    [InlineData("""{"domainId":10000001,"userName":{"lastName":"김"},"email":"Upper@example.com","passwordConfig":{"passwordCreationType":"ADMIN","password":"abc12345"}}""", 400, "INVALID_PARAMETER", "email")]
    [InlineData("""{"domainId":10000001,"userName":{"lastName":"김"},"email":"a1@example.com","passwordConfig":{"passwordCreationType":"ADMIN"}}""", 400, "MISSING_PARAMETER", "passwordConfig.password")]
    [InlineData("""{"domainId":10000001,"userName":{"lastName":"김"},"email":"a1@example.com","passwordConfig":{"passwordCreationType":"ADMIN","password":"short1"}}""", 400, "INVALID_PARAMETER", "passwordConfig.password")]
    [InlineData("""{"domainId":10000001,"userName":{"lastName":"김"},"email":"a1@example.com"}""", 400, "MISSING_PARAMETER", "privateEmail")]
    [InlineData("""{"domainId":10000001,"userName":{"lastName":"김"},"email":"a1@example.com","privateEmail":"p@mail.net","cellPhone":"010 1234 5678"}""", 400, "INVALID_PARAMETER", "cellPhone")]
    [InlineData("""{"domainId":10000001,"userName":{"lastName":"김"},"email":"a1@example.com","privateEmail":"p@mail.net","userExternalKey":"a/b"}""", 400, "INVALID_PARAMETER", "userExternalKey")]
    [InlineData("""{"domainId":10000001,"userName":{"lastName":"김"},"email":"a1@example.com","privateEmail":"p@mail.net","organizations":[{"domainId":10000001,"primary":true,"orgUnits":[{"orgUnitId":"orgunit0-0000-0000-0000-000000000000","primary":true}]}]}""", 400, "INVALID_PARAMETER", "organizations[0].orgUnits[0].orgUnitId")]
    [InlineData("""{"domainId":10000001,"userName":{"lastName":"김"},"email":"a1@example.com","privateEmail":"p@mail.net","organizations":[{"domainId":10000001,"primary":false}]}""", 400, "INVALID_PARAMETER", "organizations")]
    public Task Create_user_validates_strictly(string body, int status, string code, string field) =>
        Client.ExpectErrorAsync(status, code, Client.PostAsync("/users", body), field + ":");

    [Fact]
    public async Task Member_created_user_is_pending()
    {
        var body = """{"domainId":10000001,"userName":{"lastName":"김","firstName":"민준"},"email":"pending@example.com","privateEmail":"minjun@mail.net"}""";
        var user = await Client.ExpectAsync(201, Client.PostAsync("/users", body));
        Assert.True(user!["isPending"]!.GetValue<bool>());
        Assert.Null(user["activationDate"]);
    }

    [Fact]
    public Task Body_must_be_sent_as_application_json() =>
        Client.ExpectErrorAsync(400, "BAD_REQUEST", Client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, Server.ApiEndpoint + "/users")
        {
            Headers = { Authorization = new("Bearer", Client.AccessToken) },
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"),
        }));

    [Fact]
    public async Task PUT_replaces_the_user_and_resets_omitted_properties()
    {
        var created = await CreateUserAsync("put.me");
        var id = created["userId"]!.GetValue<string>();
        await Client.ExpectAsync(200, Client.PatchAsync($"/users/{id}", new { nickName = "길동이", cellPhone = "010-1111-2222" }));

        var replaced = await Client.ExpectAsync(200, Client.PutAsync($"/users/{id}", new { domainId = Server.Tenant.DomainId, email = created["email"]!.GetValue<string>(), userName = new { lastName = "홍" } }));

        Assert.Null(replaced!["nickName"]);
        Assert.Null(replaced["cellPhone"]);
        Assert.Null(replaced["userName"]!["firstName"]);
        Assert.Empty(replaced["organizations"]!.AsArray());
        Assert.Empty(Server.Tenant.GetOrgUnitMemberIds(_team));
    }

    [Fact]
    public async Task PATCH_changes_only_the_given_properties_and_merges_nested_objects()
    {
        var created = await CreateUserAsync("patch.me");
        var id = created["userId"]!.GetValue<string>();

        var patched = await Client.ExpectAsync(200, Client.PatchAsync($"/users/{id}", new { userName = new { firstName = "철수" }, location = "판교" }));

        Assert.Equal("홍", patched!["userName"]!["lastName"]!.GetValue<string>());
        Assert.Equal("철수", patched["userName"]!["firstName"]!.GetValue<string>());
        Assert.Equal("판교", patched["location"]!.GetValue<string>());
        Assert.Equal(created["organizations"]!.ToJsonString(), patched["organizations"]!.ToJsonString());
    }

    [Fact]
    public async Task PUT_without_domainId_is_400()
    {
        var created = await CreateUserAsync("put.nodomain");
        await Client.ExpectErrorAsync(400, "MISSING_PARAMETER", Client.PutAsync($"/users/{created["userId"]}", new { email = created["email"]!.GetValue<string>(), userName = new { lastName = "홍" } }), "domainId");
    }

    [Fact]
    public async Task Delete_user_answers_204_then_404()
    {
        var created = await CreateUserAsync("delete.me");
        await Client.ExpectAsync(204, Client.DeleteAsync($"/users/{created["userId"]}"));
        await Client.ExpectErrorAsync(404, "USER_NOT_EXIST", Client.GetAsync($"/users/{created["userId"]}"));
        Assert.Null(Server.Tenant.FindUserByEmail(created["email"]!.GetValue<string>()));
    }

    [Fact]
    public Task Super_admin_cannot_be_deleted() =>
        Client.ExpectErrorAsync(400, "BAD_REQUEST", Client.DeleteAsync($"/users/{Server.Tenant.SuperAdmin.UserId}"));

    [Fact]
    public async Task Suspend_and_unsuspend_answer_204_and_toggle_isSuspended()
    {
        var id = (await CreateUserAsync("suspend.me"))["userId"]!.GetValue<string>();
        await Client.ExpectAsync(204, Client.SendAsync(HttpMethod.Post, $"/users/{id}/suspend"));
        Assert.True(Server.Tenant.FindUser(id)!.IsSuspended);
        await Client.ExpectErrorAsync(400, "BAD_REQUEST", Client.SendAsync(HttpMethod.Post, $"/users/{id}/suspend"));
        await Client.ExpectAsync(204, Client.SendAsync(HttpMethod.Post, $"/users/{id}/unsuspend"));
        Assert.False(Server.Tenant.FindUser(id)!.IsSuspended);
    }

    [Fact]
    public async Task Parallel_creates_are_all_stored_exactly_once()
    {
        var before = Server.Tenant.UserCount;
        var responses = await Task.WhenAll(Enumerable.Range(0, 48).Select(i => Client.PostAsync("/users", NewUserBody($"parallel{i}", _team, $"PAR-{i}"))));
        Assert.All(responses, r => Assert.Equal(201, (int)r.StatusCode));
        Assert.Equal(before + 48, Server.Tenant.UserCount);
        Assert.Equal(48, Server.Tenant.GetOrgUnitMemberIds(_team).Count);
    }
}
