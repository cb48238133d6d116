using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

public sealed class FaultInjectionTests : EmulatorTest
{
    [Fact]
    public async Task Transient_failures_answer_5xx_before_doing_anything()
    {
        Server.Faults.TransientFailureRate = 1.0;
        var before = Server.Tenant.UserCount;

        using var response = await Client.PostAsync("/users", NewUserBody("transient"));

        Assert.Contains((int)response.StatusCode, new[] { 500, 502, 503 });
        Assert.Equal(before, Server.Tenant.UserCount);
        Assert.Equal(1, Server.Faults.TransientFailures);
        Assert.Equal("Transient", Server.Requests.Entries.Last().Fault);
    }

    [Fact]
    public async Task Commit_then_fail_performs_the_write_and_still_fails()
    {
        Server.Faults.CommitThenFailRate = 1.0;
        Server.Faults.Seed = 7;

        for (var i = 0; i < 6; i++)
        {
            try
            {
                using var response = await Client.PostAsync("/users", NewUserBody($"commit{i}"));
                Assert.Equal(500, (int)response.StatusCode);
            }
            catch (HttpRequestException)
            {
                // The other flavour: the connection was dropped after the commit.
            }

            Assert.NotNull(Server.Tenant.FindUserByEmail($"commit{i}@{Server.Tenant.MailDomain}"));
        }

        Assert.Equal(6, Server.Faults.CommitThenFailures);
        await Client.ExpectAsync(200, Client.GetAsync("/users"));
    }

    [Fact]
    public async Task Rule_answers_the_given_status_and_headers_for_the_next_N_matching_requests()
    {
        Server.Faults.Enqueue(FaultRule.Respond(503, "GET", "/users", times: 2, headers: new Dictionary<string, string> { ["X-Test"] = "yes" }));

        await Client.ExpectAsync(200, Client.GetAsync("/orgunits"));
        for (var i = 0; i < 2; i++)
        {
            using var response = await Client.GetAsync("/users");
            Assert.Equal(503, (int)response.StatusCode);
            Assert.Equal("yes", response.Headers.GetValues("X-Test").Single());
        }

        await Client.ExpectAsync(200, Client.GetAsync("/users"));
        Assert.Equal(2, Server.Faults.RuleHits);
        Assert.Equal(0, Server.Faults.PendingRules);
    }

    [Fact]
    public async Task Html_error_page_is_served_as_text_html()
    {
        Server.Faults.Enqueue(FaultRule.Of(FaultKind.HtmlErrorPage));
        using var response = await Client.GetAsync("/users");
        Assert.Equal(502, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<html>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Truncated_json_cannot_be_parsed()
    {
        Server.Faults.Enqueue(FaultRule.Of(FaultKind.TruncatedJson, "GET"));
        using var response = await Client.GetAsync("/users");
        Assert.Equal(200, (int)response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        Assert.Equal(1, Server.Faults.Injected(FaultKind.TruncatedJson));
    }

    [Fact]
    public async Task Aborted_connection_surfaces_as_a_transport_error_and_changes_nothing()
    {
        Server.Faults.Enqueue(FaultRule.Of(FaultKind.AbortConnection, "POST", "/v1.0/users"));
        var before = Server.Tenant.UserCount;
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Client.PostAsync("/users", NewUserBody("aborted")));
        Assert.Equal(before, Server.Tenant.UserCount);
        Assert.Equal(1, Server.Faults.AbortedConnections);
        Assert.Equal(0, Server.Requests.Entries.Last().Status);
    }

    [Fact]
    public async Task Unexpected_shape_is_valid_json_without_the_envelope()
    {
        Server.Faults.Enqueue(FaultRule.Of(FaultKind.UnexpectedShape));
        var body = await Client.ExpectAsync(200, Client.GetAsync("/users"));
        Assert.Null(body!["users"]);
    }

    [Fact]
    public async Task Commit_then_fail_rule_counts_only_when_the_write_succeeded()
    {
        Server.Faults.Enqueue(FaultRule.Of(FaultKind.CommitThenFail, "DELETE", times: 2));
        await Client.ExpectErrorAsync(404, "USER_NOT_EXIST", Client.DeleteAsync("/users/nobody@example.com"));
        Assert.Equal(0, Server.Faults.CommitThenFailures);
    }

    [Fact]
    public async Task Latency_delays_responses()
    {
        Server.Faults.LatencyMin = TimeSpan.FromMilliseconds(150);
        Server.Faults.LatencyMax = TimeSpan.FromMilliseconds(200);
        var timer = System.Diagnostics.Stopwatch.StartNew();
        await Client.ExpectAsync(200, Client.GetAsync("/users"));
        Assert.True(timer.Elapsed >= TimeSpan.FromMilliseconds(140), timer.Elapsed.ToString());
    }

    [Fact]
    public async Task Same_seed_gives_the_same_fault_sequence()
    {
        async Task<string> SequenceAsync()
        {
            Server.Faults.Seed = 42;
            Server.Faults.TransientFailureRate = 0.5;
            var statuses = new List<int>();
            for (var i = 0; i < 16; i++)
            {
                using var response = await Client.GetAsync("/orgunits");
                statuses.Add((int)response.StatusCode);
            }

            return string.Join(',', statuses);
        }

        var first = await SequenceAsync();
        Assert.Contains("200", first);
        Assert.Matches("50[023]", first);
        Assert.Equal(first, await SequenceAsync());
    }
}
