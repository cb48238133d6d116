using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Http;

/// <summary>The transport's promises, observed from the cmdlets against the emulator.</summary>
public class TransportBehaviourTests : IAsyncLifetime
{
    private EmulatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await EmulatedTenant.StartAsync(new() { SeedUsers = 249 });

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    private EmulatorServer Server => _tenant.Server;

    private int UserListRequests() => Server.Requests.ForRoute("GET /users").Count;

    [Fact]
    public void Invoke_WorksRequest_All_streams_250_users_from_3_pages()
    {
        Server.Requests.Clear();
        var r = _tenant.Run("Invoke-WorksRequest -Path /users -All").ThrowOnError();
        Assert.Equal(250, r.Output.Count);
        Assert.Equal(250, r.Output.Select(o => (string)o.Properties["userId"].Value).Distinct().Count());
        Assert.Equal(3, UserListRequests());
    }

    [Fact]
    public void Invoke_WorksRequest_First_3_makes_one_request()
    {
        using var ps = _tenant.Connect();
        Server.Requests.Clear();
        var r = ps.Invoke("Invoke-WorksRequest -Path /users -All -First 3").ThrowOnError();
        Assert.Equal(3, r.Output.Count);
        Assert.Equal(1, UserListRequests());
    }

    [Fact]
    public void An_expired_token_is_renewed_transparently_in_the_middle_of_a_listing()
    {
        using var ps = _tenant.Connect();
        int issued = Server.Tokens.IssuedAccessTokens;
        var r = ps.Invoke("$n = 0; Invoke-WorksRequest -Path /users -All | ForEach-Object { $n++; if ($n -eq 150) { $nwServer.Tokens.ExpireAll() }; $_ }",
            _tenant.Variables).ThrowOnError();
        Assert.Equal(250, r.Output.Count);
        Assert.Equal(issued + 1, Server.Tokens.IssuedAccessTokens);
        Assert.Contains(Server.Requests.Entries, e => e.Status == 401);
    }

    [Fact]
    public void A_429_with_rateLimit_reset_is_waited_out_and_never_reaches_the_user()
    {
        using var ps = _tenant.Connect();
        Server.Faults.Enqueue(FaultRule.Respond(429, "GET", "/v1.0/users", times: 1,
            body: "{\"code\":\"TOO_MANY_REQUESTS\",\"description\":\"API rate limit exceeded\"}",
            headers: new Dictionary<string, string> { ["rateLimit-limit"] = "240", ["rateLimit-remaining"] = "0", ["rateLimit-reset"] = "2" }));
        Server.Requests.Clear();
        var watch = Stopwatch.StartNew();
        var r = ps.Invoke("Invoke-WorksRequest -Path /users -Query @{ count = 1 }").ThrowOnError();
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), $"waited only {watch.Elapsed}");
        Assert.Single(r.Output);
        Assert.Equal(new[] { 429, 200 }, Server.Requests.ForRoute("GET /users").Select(e => e.Status));
    }

    [Fact]
    public void Server_errors_on_reads_are_retried()
    {
        using var ps = _tenant.Connect();
        Server.Faults.Enqueue(FaultRule.Respond(503, "GET", "/v1.0/users", times: 2));
        Server.Requests.Clear();
        var r = ps.Invoke("Invoke-WorksRequest -Path /users -Query @{ count = 1 } -Verbose").ThrowOnError();
        Assert.Single(r.Output);
        Assert.Equal(new[] { 503, 503, 200 }, Server.Requests.ForRoute("GET /users").Select(e => e.Status));
        Assert.Contains(r.Verbose, v => v.Contains("-> 200") && v.Contains("[attempt 3]"));
    }

    [Fact]
    public void A_create_that_failed_with_a_server_error_is_not_blindly_sent_again()
    {
        using var ps = _tenant.Connect();
        Server.Faults.Enqueue(FaultRule.Respond(500, "POST", "/v1.0/users"));
        Server.Requests.Clear();
        var r = ps.Invoke("Invoke-WorksRequest -Method POST -Path /users -Body @{ domainId = $nwServer.Demo.DomainId; email = 'once@example.com'; userName = @{ lastName = '한'; firstName = '번' } }", _tenant.Variables);
        Assert.Single(Server.Requests.ForRoute("POST /users"));
        Assert.Equal(ErrorCategory.ResourceUnavailable, r.Failure.CategoryInfo.Category);
        Assert.Contains("may or may not have been carried out", r.FailureMessage);
    }

    [Fact]
    public void WhatIf_on_a_write_sends_nothing()
    {
        using var ps = _tenant.Connect();
        Server.Requests.Clear();
        ps.Invoke("Invoke-WorksRequest -Method DELETE -Path /users/someone@example.com -WhatIf").ThrowOnError();
        Assert.Empty(Server.Requests.Entries);
    }

    [Fact]
    public void Html_pages_truncated_json_and_unexpected_shapes_give_clear_errors()
    {
        using var ps = _tenant.Connect();
        // The pages are retried as the transient failures they look like; short delays keep the test quick.
        ps.Invoke("(Get-WorksSession).Transport.Retry.BaseDelay = [TimeSpan]::FromMilliseconds(10)").ThrowOnError();
        Server.Faults.Enqueue(FaultRule.Of(FaultKind.HtmlErrorPage, "GET", "/v1.0/users", times: 10));
        var html = ps.Invoke("Invoke-WorksRequest -Path /users");
        Assert.Contains("HTML page", html.FailureMessage);
        Server.Faults.ClearRules();
        Server.Faults.Enqueue(FaultRule.Of(FaultKind.TruncatedJson, "GET", "/v1.0/users", times: 10));
        var truncated = ps.Invoke("Invoke-WorksRequest -Path /users");
        Assert.Equal(ErrorCategory.InvalidResult, truncated.Failure.CategoryInfo.Category);
        Server.Faults.ClearRules();
    }

    [Fact]
    public void Verbose_and_Debug_show_every_call_and_no_secret()
    {
        using var ps = new ModuleRunspace();
        var vars = _tenant.Variables;
        vars["DebugPreference"] = "Continue";
        var r = ps.Invoke(EmulatedTenant.ConnectCommand + " -Verbose; Invoke-WorksRequest -Path /users -Query @{ count = 2 } -Verbose", vars).ThrowOnError();
        Assert.Contains(r.Verbose, v => v.StartsWith("POST /oauth2/v2.0/token -> 200"));
        Assert.Contains(r.Verbose, v => v.StartsWith("GET /v1.0/users?count=2 -> 200"));
        Assert.Contains(r.Debug, d => d.Contains("Authorization: ***"));
        string all = r.AllText();
        Assert.DoesNotContain(_tenant.Demo.ClientSecret, all);
        Assert.DoesNotContain(_tenant.Demo.PrivateKeyPem.Split('\n')[1], all);
        Assert.DoesNotContain("eyJ", all); // no JWT (assertion) anywhere
        Assert.DoesNotMatch("\"access_token\"\\s*:\\s*\"[^*]", all);
        Assert.DoesNotMatch("Bearer [^*]", all);
    }

    [Fact]
    public async Task Ctrl_C_stops_a_slow_call_within_a_second()
    {
        using var ps = _tenant.Connect();
        Server.Faults.LatencyMin = Server.Faults.LatencyMax = TimeSpan.FromSeconds(20);
        try
        {
            using var shell = PowerShell.Create();
            shell.Runspace = ps.Runspace;
            shell.AddScript("Invoke-WorksRequest -Path /users");
            var running = shell.BeginInvoke();
            await Task.Delay(500);
            var watch = Stopwatch.StartNew();
            await Task.Factory.FromAsync(shell.BeginStop(null, null), shell.EndStop).WaitAsync(TimeSpan.FromSeconds(5));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"stopping took {watch.Elapsed}");
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        }
        finally
        {
            Server.Faults.LatencyMin = Server.Faults.LatencyMax = TimeSpan.Zero;
        }
    }
}
