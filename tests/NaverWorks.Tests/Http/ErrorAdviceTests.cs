using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Http;

/// <summary>The common credential and scope mistakes each end in a message that says what to do.</summary>
public sealed class ErrorAdviceTests : IAsyncLifetime
{
    private EmulatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await EmulatedTenant.StartAsync(new EmulatorOptions { SeedUsers = 2 });

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public void A_service_account_using_me_is_told_to_name_the_user_and_nothing_is_sent()
    {
        using var ps = _tenant.Connect();
        _tenant.Server.Requests.Clear();
        foreach (string command in new[] { "Get-WorksCalendar -UserId me", "Get-WorksEvent -UserId me -Month 2024-06", "Invoke-WorksRequest -Path /users/me" })
        {
            var r = ps.Invoke(command);
            Assert.Equal(ErrorCategory.InvalidArgument, r.Failure.CategoryInfo.Category);
            Assert.Contains("service account", r.FailureMessage);
            Assert.Contains("login email", r.FailureMessage);
        }
        Assert.DoesNotContain(_tenant.Server.Requests.Entries, e => e.Path.Contains("/users/me", StringComparison.Ordinal));
    }

    [Fact]
    public void An_API_that_refuses_service_accounts_says_to_sign_in_as_a_user()
    {
        _tenant.Server.Faults.Enqueue(FaultRule.Respond(403, "GET", "/users/kim@example.com/mail",
            body: """{"code":"SERVICE_ACCOUNT_NOT_ALLOWED","description":"Service account is not allowed"}"""));
        var r = _tenant.Run("Invoke-WorksRequest -Path /users/kim@example.com/mail");
        Assert.Equal("SERVICE_ACCOUNT_NOT_ALLOWED", r.Failure.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("does not accept a service account", r.FailureMessage);
        Assert.Contains("Connect-Works -RedirectUri", r.FailureMessage);
    }

    [Fact]
    public void A_missing_scope_is_named_in_the_403_message()
    {
        DemoApp narrow = _tenant.Server.RegisterApp(scopes: ["user.read"]);
        using var ps = new ModuleRunspace();
        var variables = new Dictionary<string, object?>(_tenant.Variables)
        {
            ["nwClientId"] = narrow.ClientId, ["nwSecret"] = narrow.ClientSecret, ["nwAccount"] = narrow.ServiceAccount,
            ["nwKey"] = narrow.PrivateKeyPem, ["nwScope"] = new[] { "user.read" },
        };
        ps.Invoke(EmulatedTenant.ConnectCommand, variables).ThrowOnError();
        string user = (string)ps.Invoke("(Get-WorksUser -First 1).Email").ThrowOnError().Output.Single().BaseObject;

        var calendar = ps.Invoke("Get-WorksCalendar -UserId $u", new() { ["u"] = user });
        Assert.Equal(ErrorCategory.PermissionDenied, calendar.Failure.CategoryInfo.Category);
        Assert.Contains("needs the scope 'calendar' or 'calendar.read'", calendar.FailureMessage);
        Assert.Contains("-Scope", calendar.FailureMessage);

        var unit = ps.Invoke("New-WorksOrgUnit -Name 'New team'");
        Assert.Contains("needs the scope 'orgunit' or 'directory'", unit.FailureMessage);
        var groups = ps.Invoke("Get-WorksGroup");
        Assert.Contains("'group' or 'group.read' or 'directory' or 'directory.read'", groups.FailureMessage);
    }

    [Fact]
    public void A_refused_refresh_token_says_to_run_Connect_Works_again_and_is_not_retried_for_every_call()
    {
        string cache = Path.Combine(Path.GetTempPath(), $"nw-advice-{Guid.NewGuid():N}.json");
        try
        {
            using (var first = new ModuleRunspace())
                first.Invoke(EmulatedTenant.ConnectCommand + " -TokenCachePath $cache -AllowUnencryptedStorage", new(_tenant.Variables) { ["cache"] = cache }).ThrowOnError();
            using var later = new ModuleRunspace();
            later.Invoke("Connect-Works -TokenCachePath $cache", new() { ["cache"] = cache }).ThrowOnError();

            // Ninety days later: the access token and the refresh token have both expired.
            _tenant.Server.Tokens.ExpireAll();
            _tenant.Server.Tokens.ExpireAllRefreshTokens();
            _tenant.Server.Requests.Clear();
            var r = later.Invoke("Invoke-WorksRequest -Path /users; Invoke-WorksRequest -Path /orgunits");

            Assert.Equal(2, r.Errors.Count);
            Assert.All(r.Errors, e => Assert.Contains("invalid_grant", e.ErrorDetails?.Message ?? e.Exception.Message));
            Assert.Contains("run Connect-Works again", r.FailureMessage, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("90 days", r.FailureMessage);
            Assert.DoesNotContain("private key", r.FailureMessage);
            Assert.Single(_tenant.Server.Requests.Entries, e => e.Path.EndsWith("/token", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(cache);
        }
    }

    [Fact]
    public void The_service_account_assertion_is_base64url_without_padding_with_numeric_times()
    {
        _tenant.Server.Requests.Clear();
        using var ps = _tenant.Connect();
        JournalEntry token = _tenant.Server.Requests.Entries.Single(e => e.Path.EndsWith("/token", StringComparison.Ordinal));
        string assertion = token.Body.Split('&').Select(p => p.Split('=', 2)).Single(p => p[0] == "assertion")[1];
        assertion = Uri.UnescapeDataString(assertion);

        string[] parts = assertion.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.All(parts, p => Assert.Matches(new Regex("^[A-Za-z0-9_-]+$"), p)); // no '+', '/' or '=' padding
        JsonObject header = Decode(parts[0]), claims = Decode(parts[1]);
        Assert.Equal("RS256", (string?)header["alg"]);
        Assert.Equal("JWT", (string?)header["typ"]);
        Assert.Equal(_tenant.Demo.ClientId, (string?)claims["iss"]);
        Assert.Equal(_tenant.Demo.ServiceAccount, (string?)claims["sub"]);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, claims["iat"]!.GetValueKind());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, claims["exp"]!.GetValueKind());
    }

    private static JsonObject Decode(string base64Url)
    {
        string padded = base64Url.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded)))!.AsObject();
    }
}
