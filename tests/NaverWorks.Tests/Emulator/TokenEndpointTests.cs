using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

public sealed class TokenEndpointTests : EmulatorTest
{
    protected override string? SignInScope => null;

    private async Task<JsonObject> ExpectOAuthErrorAsync(int status, string error, Task<HttpResponseMessage> call)
    {
        var body = (await Client.ExpectAsync(status, call))!.AsObject();
        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["error_description"]!.GetValue<string>()));
        return body;
    }

    [Fact]
    public async Task Token_endpoint_issues_bearer_token_with_string_expires_in()
    {
        var body = (await Client.ExpectAsync(200, Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo), "user.read directory")))!.AsObject();

        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal("86400", body["expires_in"]!.GetValue<string>());
        Assert.Equal("user.read directory", body["scope"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["refresh_token"]!.GetValue<string>()));
        Assert.True(Server.Tokens.IsActive(body["access_token"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Token_endpoint_reports_configured_lifetime_in_expires_in()
    {
        Server.Tokens.AccessTokenLifetime = TimeSpan.FromHours(1);
        var body = await Client.ExpectAsync(200, Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo)));
        Assert.Equal("3600", body!["expires_in"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_endpoint_accepts_assertion_signed_with_pkcs1_copy_of_the_key()
    {
        await Client.ExpectAsync(200, Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, privateKeyPem: Server.Demo.PrivateKeyPkcs1Pem)));
    }

    [Fact]
    public Task Token_endpoint_rejects_padded_base64_assertion() =>
        ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, encode: JwtAssertion.PaddedBase64Url)));

    [Fact]
    public Task Token_endpoint_rejects_standard_base64_assertion() =>
        ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, encode: JwtAssertion.PaddedBase64)));

    [Fact]
    public Task Token_endpoint_rejects_string_iat_and_exp() =>
        ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, claims: c =>
        {
            c["iat"] = c["iat"]!.GetValue<long>().ToString();
            c["exp"] = c["exp"]!.GetValue<long>().ToString();
        })));

    [Fact]
    public Task Token_endpoint_rejects_expired_assertion() =>
        ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, claims: c =>
        {
            var past = DateTimeOffset.UtcNow.AddHours(-2).ToUnixTimeSeconds();
            c["iat"] = past;
            c["exp"] = past + 3600;
        })));

    [Fact]
    public Task Token_endpoint_rejects_assertion_living_longer_than_60_minutes() =>
        ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, claims: c => c["exp"] = c["iat"]!.GetValue<long>() + 3601)));

    [Fact]
    public Task Token_endpoint_rejects_non_RS256_header() =>
        ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, header: h => h["alg"] = "HS256")));

    [Fact]
    public async Task Token_endpoint_rejects_assertion_signed_with_another_apps_key()
    {
        var other = Server.RegisterApp();
        await ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, privateKeyPem: other.PrivateKeyPem)));
    }

    [Fact]
    public Task Token_endpoint_rejects_sub_other_than_the_service_account() =>
        ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, claims: c => c["sub"] = "someone.serviceaccount@example.com")));

    [Fact]
    public Task Token_endpoint_rejects_iss_other_than_the_client_id() =>
        ExpectOAuthErrorAsync(400, "invalid_grant", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo, claims: c => c["iss"] = "not-the-client")));

    [Fact]
    public Task Token_endpoint_answers_401_invalid_client_for_a_wrong_secret() =>
        ExpectOAuthErrorAsync(401, "invalid_client", Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo), secret: "wrong"));

    [Fact]
    public async Task Token_endpoint_rejects_scope_the_app_was_not_granted()
    {
        var limited = Server.RegisterApp(scopes: ["user.read"]);
        await ExpectOAuthErrorAsync(400, "invalid_scope", Client.RequestTokenAsync(limited, JwtAssertion.Create(limited), "user.read directory"));
    }

    [Fact]
    public Task Token_endpoint_requires_scope() =>
        ExpectOAuthErrorAsync(400, "invalid_request", Client.PostFormAsync(Server.AuthEndpoint + "/token",
        [
            new("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
            new("assertion", JwtAssertion.Create(Server.Demo)),
            new("client_id", Server.Demo.ClientId),
            new("client_secret", Server.Demo.ClientSecret),
        ]));

    [Fact]
    public Task Token_endpoint_rejects_unknown_grant_type() =>
        ExpectOAuthErrorAsync(400, "unsupported_grant_type", Client.PostFormAsync(Server.AuthEndpoint + "/token",
        [
            new("grant_type", "password"),
            new("client_id", Server.Demo.ClientId),
            new("client_secret", Server.Demo.ClientSecret),
        ]));

    [Fact]
    public Task Token_endpoint_rejects_json_body() =>
        ExpectOAuthErrorAsync(400, "invalid_request", Client.Http.PostAsync(Server.AuthEndpoint + "/token", new StringContent("{}", Encoding.UTF8, "application/json")));

    [Fact]
    public async Task Random_faults_never_touch_the_token_endpoint_but_explicit_rules_do()
    {
        Server.Faults.TransientFailureRate = 1.0;
        await Client.ExpectAsync(200, Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo)));

        Server.Faults.Enqueue(FaultRule.Respond(503, "POST", "/oauth2/v2.0/token"));
        using var response = await Client.RequestTokenAsync(Server.Demo, JwtAssertion.Create(Server.Demo));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, Server.Faults.RuleHits);
    }
}
