using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

public sealed class OrgUnitWritePacingTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions() => new() { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.FromSeconds(1) };

    private object Body(string name) => new { domainId = Server.Tenant.DomainId, orgUnitName = name, displayOrder = 1 };

    [Fact]
    public async Task Org_unit_writes_closer_than_the_interval_get_429_with_rateLimit_headers()
    {
        await Client.ExpectAsync(201, Client.PostAsync("/orgunits", Body("First")));

        using var second = await Client.PostAsync("/orgunits", Body("Second"));
        Assert.Equal(429, (int)second.StatusCode);
        Assert.Equal("""{"code":"TOO_MANY_REQUESTS","description":"API rate limit exceeded"}""", await second.Content.ReadAsStringAsync());
        Assert.Equal("1", second.Headers.GetValues("rateLimit-reset").Single());
        Assert.Null(Server.Tenant.FindOrgUnitByName("Second"));

        // Reads are not paced, and neither are writes to other resources.
        await Client.ExpectAsync(200, Client.GetAsync("/orgunits"));
        await Client.ExpectAsync(201, Client.PostAsync("/users", NewUserBody("unpaced")));

        await Task.Delay(TimeSpan.FromSeconds(1.05));
        await Client.ExpectAsync(201, Client.PostAsync("/orgunits", Body("Second")));
    }

    [Fact]
    public async Task Concurrent_org_unit_writes_are_refused_except_one()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Client.PostAsync("/orgunits", Body($"Parallel {i}"))));
        Assert.Equal(1, responses.Count(r => (int)r.StatusCode == 201));
        Assert.Equal(7, responses.Count(r => (int)r.StatusCode == 429));
        Assert.Equal(1, Server.Tenant.OrgUnitCount);
    }

    [Fact]
    public async Task Pacing_can_be_turned_off_at_run_time()
    {
        Server.Options.OrgUnitWriteInterval = TimeSpan.Zero;
        for (var i = 0; i < 5; i++)
        {
            await Client.ExpectAsync(201, Client.PostAsync("/orgunits", Body($"Fast {i}")));
        }
    }
}
