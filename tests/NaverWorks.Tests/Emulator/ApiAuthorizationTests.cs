using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace NaverWorks.Tests.Emulator;

public sealed class ApiAuthorizationTests : EmulatorTest
{
    [Fact]
    public Task Api_without_bearer_token_answers_401_UNAUTHORIZED() =>
        Client.ExpectErrorAsync(401, "UNAUTHORIZED", Client.Http.GetAsync(Server.ApiEndpoint + "/users"), "Authorization header");

    [Fact]
    public async Task Api_requires_the_exact_Bearer_scheme()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Server.ApiEndpoint + "/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("bearer", Client.AccessToken);
        await Client.ExpectErrorAsync(401, "UNAUTHORIZED", Client.Http.SendAsync(request));
    }

    [Fact]
    public Task Api_rejects_an_unknown_token() =>
        Client.ExpectErrorAsync(401, "UNAUTHORIZED", Client.SendAsync(HttpMethod.Get, "/users", token: "kr1AAABnotatoken"));

    [Fact]
    public async Task Api_rejects_expired_tokens_after_ExpireAll()
    {
        await Client.ExpectAsync(200, Client.GetAsync("/users"));
        Server.Tokens.ExpireAll();
        await Client.ExpectErrorAsync(401, "UNAUTHORIZED", Client.GetAsync("/users"), "expired");
    }

    [Fact]
    public async Task Read_scope_allows_GET_but_not_writes()
    {
        await Client.SignInAsync(scope: "user.read");
        await Client.ExpectAsync(200, Client.GetAsync("/users"));
        await Client.ExpectErrorAsync(403, "FORBIDDEN", Client.PostAsync("/users", NewUserBody("reader")));
    }

    [Fact]
    public async Task Resource_scope_does_not_cover_other_resources()
    {
        await Client.SignInAsync(scope: "orgunit");
        await Client.ExpectAsync(200, Client.GetAsync("/orgunits"));
        await Client.ExpectErrorAsync(403, "FORBIDDEN", Client.GetAsync("/users"), "user.read");
        await Client.ExpectErrorAsync(403, "FORBIDDEN", Client.GetAsync("/directory/levels"));
    }

    [Fact]
    public Task Service_account_cannot_use_me() =>
        Client.ExpectErrorAsync(403, "FORBIDDEN", Client.GetAsync("/users/me"), "Service accounts cannot use 'me'");

    [Fact]
    public async Task Access_token_minted_for_a_user_can_use_me()
    {
        var admin = Server.Tenant.SuperAdmin;
        Client.AccessToken = Server.Tokens.CreateAccessToken(Server.Demo, userId: admin.UserId);
        var me = await Client.ExpectAsync(200, Client.GetAsync("/users/me"));
        Assert.Equal(admin.Email, me!["email"]!.GetValue<string>());
    }

    [Fact]
    public Task Unknown_api_path_answers_404_in_the_error_shape() =>
        Client.ExpectErrorAsync(404, "NOT_FOUND", Client.GetAsync("/no-such-thing"));

    [Fact]
    public Task Unsupported_method_answers_405_in_the_error_shape() =>
        Client.ExpectErrorAsync(405, "METHOD_NOT_ALLOWED", Client.DeleteAsync("/users"));
}
