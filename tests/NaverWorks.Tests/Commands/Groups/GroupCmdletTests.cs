using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands.Groups;

public class GroupCmdletTests
{
    private static Task<EmulatorRunspace> Tenant() =>
        EmulatorRunspace.StartAsync(new EmulatorOptions { SeedUsers = 12, RateLimitPerMinute = 0, OrgUnitWriteInterval = System.TimeSpan.Zero });

    [Fact]
    public async Task A_group_is_created_with_members_given_as_objects_and_emails()
    {
        await using var env = await Tenant();
        var users = env.Server.Tenant.GetUsers().Where(u => !u.IsAdministrator).Take(3).ToList();
        var r = env.Invoke("New-WorksGroup -Name 'Book club' -Description 'Monthly' -Member (Get-WorksUser -Id $a), $b -Administrator $c -UseMessage",
            new() { ["a"] = users[0].UserId, ["b"] = users[1].Email, ["c"] = users[2].Email }).ThrowOnError();
        var group = r.Single<Group>();
        var stored = env.Server.Tenant.FindGroup(group.GroupId!)!;
        Assert.Equal(new[] { users[0].UserId, users[1].UserId }, stored.Members.Select(m => m.Id));
        Assert.Equal(users[2].UserId, stored.Administrators.Single().UserId);
        Assert.True(stored.UseMessage);
    }

    [Fact]
    public async Task Members_of_an_org_unit_are_piped_into_a_group_and_out_again()
    {
        await using var env = await Tenant();
        var group = env.Server.Tenant.AddGroup("Platform fans");
        var team = env.Server.Tenant.FindOrgUnitByName("플랫폼팀")!;
        var members = env.Server.Tenant.GetOrgUnitMemberIds(team.OrgUnitId);
        env.Invoke("Get-WorksUser -OrgUnitId $ou | Add-WorksGroupMember -GroupId $g", new() { ["ou"] = team.OrgUnitId, ["g"] = group.GroupId }).ThrowOnError();
        // Members are added -ThrottleLimit at a time, so in no particular order.
        Assert.Equal(members.OrderBy(m => m), env.Server.Tenant.FindGroup(group.GroupId)!.Members.Select(m => m.Id).OrderBy(m => m));
        env.Invoke("Add-WorksGroupMember -GroupId $g -Member $ou -MemberType OrgUnit", new() { ["ou"] = team.OrgUnitId, ["g"] = group.GroupId }).ThrowOnError();
        Assert.Equal("ORGUNIT", env.Server.Tenant.FindGroup(group.GroupId)!.Members.Last().Type);
        env.Invoke("Get-WorksUser -OrgUnitId $ou | Remove-WorksGroupMember -GroupId $g", new() { ["ou"] = team.OrgUnitId, ["g"] = group.GroupId }).ThrowOnError();
        Assert.Single(env.Server.Tenant.FindGroup(group.GroupId)!.Members);
        var again = env.Invoke("Add-WorksGroupMember -GroupId $g -Member $ou -MemberType OrgUnit", new() { ["ou"] = team.OrgUnitId, ["g"] = group.GroupId });
        Assert.Equal(System.Management.Automation.ErrorCategory.ResourceExists, Assert.Single(again.Errors).CategoryInfo.Category);
    }

    [Fact]
    public async Task Groups_are_listed_changed_and_removed()
    {
        await using var env = await Tenant();
        env.Server.Tenant.AddGroup("Alpha");
        var beta = env.Server.Tenant.AddGroup("Beta", "BETA");
        Assert.Equal("Beta", ((Group)env.Invoke("Get-WorksGroup -Name b*").ThrowOnError().Output.Single().BaseObject).Name);
        env.Invoke("Get-WorksGroup -Id externalKey:BETA | Set-WorksGroup -Description 'Second'").ThrowOnError();
        Assert.Equal("Second", env.Server.Tenant.FindGroup(beta.GroupId)!.Description);
        env.Server.Requests.Clear();
        env.Invoke("Set-WorksGroup -Id $g -Description 'Second'", new() { ["g"] = beta.GroupId }).ThrowOnError();
        Assert.Empty(env.Server.Requests.ForRoute("PATCH /groups/{groupId}"));
        env.Invoke("Get-WorksGroup -Name Beta | Remove-WorksGroup -Confirm:$false").ThrowOnError();
        Assert.Null(env.Server.Tenant.FindGroup(beta.GroupId));
    }
}
