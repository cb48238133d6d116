using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Emulator;
using NaverWorks.Http;
using NaverWorks.Provisioning;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Api;

public class OrgUnitsApiTests
{
    [Fact]
    public async Task Concurrent_org_unit_writes_are_sent_one_at_a_time_with_the_interval_and_never_meet_a_429()
    {
        var interval = TimeSpan.FromMilliseconds(150);
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { RateLimitPerMinute = 0, OrgUnitWriteInterval = interval });
        var units = new OrgUnitsApi(api.Transport);
        int domain = api.Server.Tenant.DomainId;
        await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            units.CreateAsync(new OrgUnitBody { DomainId = domain, Name = $"Team {i}", DisplayOrder = i }, RequestContext.None)));
        var writes = api.Server.Requests.ForRoute("POST /orgunits");
        Assert.Equal(5, writes.Count);
        Assert.All(writes, w => Assert.Equal(201, w.Status));
        var times = writes.Select(w => w.Timestamp).OrderBy(t => t).ToList();
        for (int i = 1; i < times.Count; i++) Assert.True(times[i] - times[i - 1] >= interval - TimeSpan.FromMilliseconds(5), $"gap {times[i] - times[i - 1]}");
    }

    [Fact]
    public async Task A_change_of_parent_is_a_move_and_other_fields_a_patch()
    {
        await using var api = await EmulatorApi.StartAsync();
        var top = api.Server.Tenant.AddOrgUnit("Top");
        var other = api.Server.Tenant.AddOrgUnit("Other", displayOrder: 2);
        var child = api.Server.Tenant.AddOrgUnit("Child", top.OrgUnitId, "CHILD");
        var provisioner = new OrgUnitProvisioner(new OrgUnitsApi(api.Transport), new DirectoryLookup(api.Transport, null));
        var change = await provisioner.PlanChangeAsync("externalKey:CHILD", new OrgUnitFields { Parent = "Other", Description = "Moved", Name = "Child" }, RequestContext.None);
        Assert.Equal(new[] { "Description", "Parent" }, change.Changed);
        var result = await provisioner.ApplyAsync(change, RequestContext.None);
        Assert.Equal(other.OrgUnitId, result.ParentId);
        Assert.Equal("{\"description\":\"Moved\"}", api.Server.Requests.ForRoute("PATCH /orgunits/{orgUnitId}").Single().Body);
        var move = JsonNode.Parse(api.Server.Requests.ForRoute("POST /orgunits/{orgUnitId}/move").Single().Body)!;
        Assert.Equal(other.OrgUnitId, (string?)move["parentOrgUnitId"]);
        Assert.Equal(child.OrgUnitId, api.Server.Tenant.FindOrgUnit("externalKey:CHILD")!.OrgUnitId);
    }

    [Fact]
    public async Task The_member_list_pages_as_documented()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 30, RateLimitPerMinute = 0 });
        var team = api.Server.Tenant.GetOrgUnits().First(o => api.Server.Tenant.GetOrgUnitMemberIds(o.OrgUnitId).Count > 2);
        var members = await new OrgUnitsApi(api.Transport).ListMembersAsync(team.OrgUnitId, null, new NaverWorks.Paging.PagerOptions { PageSize = 2 }, RequestContext.None).ToListAsync();
        Assert.Equal(api.Server.Tenant.GetOrgUnitMemberIds(team.OrgUnitId), members.Select(m => m.UserId));
        Assert.All(api.Server.Requests.ForRoute("GET /orgunits/{orgUnitId}/members"), c => Assert.Contains("count=2", c.Query));
    }
}
