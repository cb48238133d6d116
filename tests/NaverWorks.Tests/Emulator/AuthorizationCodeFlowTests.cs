using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using System.Web;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

public sealed class AuthorizationCodeFlowTests : EmulatorTest
{
    private const string RedirectUri = "http://127.0.0.1:8765/callback";

    protected override string? SignInScope => null;

    private async Task<string> AuthorizeAsync(string scope = "user.read directory", string redirectUri = RedirectUri, string state = "xyz")
    {
        var url = $"{Server.AuthEndpoint}/authorize?client_id={Server.Demo.ClientId}&redirect_uri={Uri.EscapeDataString(redirectUri)}&scope={Uri.EscapeDataString(scope)}&response_type=code&state={state}";
        using var response = await Client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(redirectUri, location.ToString());
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(state, query["state"]);
        return query["code"] ?? throw new Xunit.Sdk.XunitException("no code: " + location);
    }

    private Task<HttpResponseMessage> ExchangeAsync(string code, string redirectUri = RedirectUri) =>
        Client.PostFormAsync(Server.AuthEndpoint + "/token",
        [
            new("grant_type", "authorization_code"),
            new("code", code),
            new("redirect_uri", redirectUri),
            new("client_id", Server.Demo.ClientId),
            new("client_secret", Server.Demo.ClientSecret),
        ]);

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        Client.PostFormAsync(Server.AuthEndpoint + "/token",
        [
            new("grant_type", "refresh_token"),
            new("refresh_token", refreshToken),
            new("client_id", Server.Demo.ClientId),
            new("client_secret", Server.Demo.ClientSecret),
        ]);

    [Fact]
    public async Task Authorization_code_grants_a_user_token_that_can_use_me()
    {
        var tokens = await Client.ExpectAsync(200, ExchangeAsync(await AuthorizeAsync()));
        Client.AccessToken = tokens!["access_token"]!.GetValue<string>();

        var me = await Client.ExpectAsync(200, Client.GetAsync("/users/me"));
        Assert.Equal(Server.Demo.LoginUserId, me!["userId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Authorization_code_is_single_use()
    {
        var code = await AuthorizeAsync();
        await Client.ExpectAsync(200, ExchangeAsync(code));
        var error = await Client.ExpectAsync(400, ExchangeAsync(code));
        Assert.Equal("invalid_grant", error!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Authorization_code_requires_the_same_redirect_uri()
    {
        var error = await Client.ExpectAsync(400, ExchangeAsync(await AuthorizeAsync(), "http://127.0.0.1:8765/other"));
        Assert.Equal("invalid_grant", error!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Authorize_redirects_with_error_for_a_scope_the_app_lacks()
    {
        using var response = await Client.Http.GetAsync($"{Server.AuthEndpoint}/authorize?client_id={Server.Demo.ClientId}&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope=mail&response_type=code&state=s1");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        Assert.Equal("invalid_scope", query["error"]);
        Assert.Equal("s1", query["state"]);
    }

    [Fact]
    public async Task Authorize_refuses_an_unregistered_redirect_uri_without_redirecting()
    {
        using var response = await Client.Http.GetAsync($"{Server.AuthEndpoint}/authorize?client_id={Server.Demo.ClientId}&redirect_uri={Uri.EscapeDataString("https://evil.example.net/cb")}&scope=user.read&response_type=code");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Refresh_without_rotation_returns_no_refresh_token_and_keeps_the_old_one()
    {
        var tokens = await Client.ExpectAsync(200, ExchangeAsync(await AuthorizeAsync()));
        var refresh = tokens!["refresh_token"]!.GetValue<string>();

        var first = (await Client.ExpectAsync(200, RefreshAsync(refresh)))!.AsObject();
        Assert.False(first.ContainsKey("refresh_token"));
        Assert.Equal("86400", first["expires_in"]!.GetValue<string>());
        await Client.ExpectAsync(200, RefreshAsync(refresh));
    }

    [Fact]
    public async Task Refresh_with_rotation_returns_a_new_refresh_token_and_spends_the_old_one()
    {
        Server.Tokens.RefreshTokenRotation = true;
        var tokens = await Client.ExpectAsync(200, ExchangeAsync(await AuthorizeAsync()));
        var refresh = tokens!["refresh_token"]!.GetValue<string>();

        var rotated = await Client.ExpectAsync(200, RefreshAsync(refresh));
        Assert.NotEqual(refresh, rotated!["refresh_token"]!.GetValue<string>());
        var replay = await Client.ExpectAsync(400, RefreshAsync(refresh));
        Assert.Equal("invalid_grant", replay!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Expired_refresh_token_is_invalid_grant()
    {
        var tokens = await Client.ExpectAsync(200, ExchangeAsync(await AuthorizeAsync()));
        Server.Tokens.ExpireAllRefreshTokens();
        var error = await Client.ExpectAsync(400, RefreshAsync(tokens!["refresh_token"]!.GetValue<string>()));
        Assert.Equal("invalid_grant", error!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Revoke_makes_the_access_token_unusable()
    {
        var token = await Client.SignInAsync();
        await Client.ExpectAsync(200, Client.GetAsync("/users"));

        await Client.ExpectAsync(200, Client.PostFormAsync(Server.AuthEndpoint + "/revoke",
        [
            new("client_id", Server.Demo.ClientId),
            new("client_secret", Server.Demo.ClientSecret),
            new("token", token),
        ]));

        await Client.ExpectErrorAsync(401, "UNAUTHORIZED", Client.GetAsync("/users"), "revoked");
        Assert.Contains(token, Server.Tokens.RevokedTokens);
    }
}
