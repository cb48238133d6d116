using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Emulator;
using NaverWorks.Http;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Api;

public class GroupsApiTests
{
    [Fact]
    public async Task A_member_add_whose_answer_is_lost_is_confirmed_from_the_member_list()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 3, RateLimitPerMinute = 0 });
        var group = api.Server.Tenant.AddGroup("Volunteers");
        var someone = api.Server.Tenant.GetUsers().First(u => !u.IsAdministrator);
        var groups = new GroupsApi(api.Transport);
        api.Server.Faults.Enqueue(FaultRule.Of(FaultKind.CommitThenFail, "POST", "/groups/" + group.GroupId + "/members"));
        Assert.True(await groups.AddMemberAsync(group.GroupId, someone.UserId, "USER", RequestContext.None));
        Assert.Single(api.Server.Requests.ForRoute("POST /groups/{groupId}/members"));
        Assert.Equal("{\"id\":\"" + someone.UserId + "\",\"type\":\"USER\"}", api.Server.Requests.ForRoute("POST /groups/{groupId}/members").Single().Body);
        Assert.True(await groups.HasMemberAsync(group.GroupId, someone.UserId, RequestContext.None));
        Assert.False(await groups.RemoveMemberAsync(group.GroupId, someone.UserId, RequestContext.None));
        Assert.False(await groups.HasMemberAsync(group.GroupId, someone.UserId, RequestContext.None));
    }

    [Fact]
    public async Task Levels_and_positions_list_in_display_order()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 1, RateLimitPerMinute = 0 });
        var levels = await new LevelsApi(api.Transport).ListAsync(null, new NaverWorks.Paging.PagerOptions(), RequestContext.None).ToListAsync();
        Assert.Equal(api.Server.Tenant.LevelCount, levels.Count);
        Assert.Equal(levels.OrderBy(l => l.DisplayOrder).Select(l => l.LevelId), levels.Select(l => l.LevelId));
        var positions = await new PositionsApi(api.Transport).ListAsync(null, new NaverWorks.Paging.PagerOptions(), RequestContext.None).ToListAsync();
        Assert.Contains(positions, p => p.Name == "팀장");
    }
}
