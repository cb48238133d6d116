using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

public sealed class EmulatorServerTests : EmulatorTest
{
    [Fact]
    public void Port_zero_reports_the_real_port_and_endpoints()
    {
        Assert.NotEqual(0, Server.BaseAddress.Port);
        Assert.Equal($"http://127.0.0.1:{Server.BaseAddress.Port}/v1.0", Server.ApiEndpoint);
        Assert.Equal($"http://127.0.0.1:{Server.BaseAddress.Port}/oauth2/v2.0", Server.AuthEndpoint);
        Assert.Equal($"http://127.0.0.1:{Server.BaseAddress.Port}", Server.WorkplaceEndpoint);
    }

    [Fact]
    public void Demo_app_carries_both_pem_encodings_and_a_service_account()
    {
        var demo = Server.Demo;
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", demo.PrivateKeyPem);
        Assert.StartsWith("-----BEGIN RSA PRIVATE KEY-----", demo.PrivateKeyPkcs1Pem);
        Assert.EndsWith($".serviceaccount@{Server.Tenant.MailDomain}", demo.ServiceAccount);
        Assert.Equal(Server.Tenant.SuperAdmin.UserId, demo.LoginUserId);
        Assert.Contains("directory", demo.Scopes);
    }

    [Fact]
    public async Task Journal_records_route_template_client_body_and_status()
    {
        Server.Requests.Clear();
        await Client.ExpectAsync(201, Client.PostAsync("/users", NewUserBody("journal")));
        await Client.ExpectAsync(200, Client.GetAsync("/users/journal@example.com"));

        var entries = Server.Requests.Entries;
        Assert.Equal(2, entries.Count);
        Assert.Equal("POST /users", entries[0].RouteTemplate);
        Assert.Equal(201, entries[0].Status);
        Assert.Equal(Server.Demo.ClientId, entries[0].ClientId);
        Assert.Contains("journal@example.com", entries[0].Body);
        Assert.Equal("GET /users/{userId}", entries[1].RouteTemplate);
        Assert.Equal("/v1.0/users/journal@example.com", entries[1].Path);
        Assert.Single(Server.Requests.ForRoute("POST /users"));
    }

    [Fact]
    public async Task Seeded_tenant_has_korean_members_org_units_levels_and_positions()
    {
        await using var seeded = await EmulatorServer.StartAsync(new EmulatorOptions { SeedUsers = 30 });
        Assert.Equal(31, seeded.Tenant.UserCount);
        Assert.True(seeded.Tenant.OrgUnitCount >= 3);
        Assert.True(seeded.Tenant.LevelCount >= 3);
        Assert.True(seeded.Tenant.PositionCount >= 2);
        var user = seeded.Tenant.GetUsers()[1];
        Assert.Matches(@"^\p{IsHangulSyllables}+$", user.UserName.LastName!);
        Assert.EndsWith("@example.com", user.Email);
        Assert.NotNull(seeded.Tenant.FindUserByEmail(user.Email.ToUpperInvariant()));
    }

    [Fact]
    public void Register_app_rejects_unknown_scopes() =>
        Assert.Throws<ArgumentException>(() => Server.RegisterApp(scopes: ["directory", "superpower"]));

    [Fact]
    public async Task Journal_records_token_requests_with_their_client()
    {
        Server.Requests.Clear();
        await Client.SignInAsync();
        var entry = Assert.Single(Server.Requests.Entries);
        Assert.Equal("POST /oauth2/v2.0/token", entry.RouteTemplate);
        Assert.Equal(Server.Demo.ClientId, entry.ClientId);
        Assert.Equal(200, entry.Status);
    }
}
