using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

public sealed class RateLimitTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions() => new() { RateLimitPerMinute = 5, OrgUnitWriteInterval = TimeSpan.Zero };

    [Fact]
    public async Task Exceeding_the_per_operation_limit_answers_429_with_rateLimit_headers_and_no_Retry_After()
    {
        for (var i = 0; i < 5; i++)
        {
            using var ok = await Client.GetAsync("/users");
            Assert.Equal(200, (int)ok.StatusCode);
            Assert.Equal("5", ok.Headers.GetValues("rateLimit-limit").Single());
            Assert.Equal((4 - i).ToString(), ok.Headers.GetValues("rateLimit-remaining").Single());
        }

        using var limited = await Client.GetAsync("/users");
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.Equal("""{"code":"TOO_MANY_REQUESTS","description":"API rate limit exceeded"}""", await limited.Content.ReadAsStringAsync());
        Assert.Equal("0", limited.Headers.GetValues("rateLimit-remaining").Single());
        Assert.Equal("5", limited.Headers.GetValues("rateLimit-ssed").Single());
        Assert.InRange(int.Parse(limited.Headers.GetValues("rateLimit-reset").Single()), 1, 12);
        Assert.False(limited.Headers.Contains("Retry-After"));
        Assert.Equal(1, Server.RateLimits.Rejected);
    }

    [Fact]
    public async Task Each_operation_and_each_client_has_its_own_bucket()
    {
        for (var i = 0; i < 5; i++)
        {
            (await Client.GetAsync("/users")).Dispose();
        }

        await Client.ExpectErrorAsync(429, "TOO_MANY_REQUESTS", Client.GetAsync("/users"));
        await Client.ExpectAsync(200, Client.GetAsync("/orgunits"));
        await Client.ExpectAsync(200, Client.GetAsync($"/users/{Server.Tenant.SuperAdmin.UserId}"));

        var other = Server.RegisterApp();
        using var otherClient = new EmulatorClient(Server);
        await otherClient.SignInAsync(other);
        await otherClient.ExpectAsync(200, otherClient.GetAsync("/users"));
    }

    [Fact]
    public async Task Limit_can_be_changed_or_turned_off_at_run_time()
    {
        Server.RateLimits.PerMinute = 0;
        for (var i = 0; i < 8; i++)
        {
            using var response = await Client.GetAsync("/users");
            Assert.Equal(200, (int)response.StatusCode);
            Assert.False(response.Headers.Contains("rateLimit-limit"));
        }
    }
}
