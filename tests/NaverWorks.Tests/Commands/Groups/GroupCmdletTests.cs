using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands.Groups;

public class GroupCmdletTests
{
    private static Task<EmulatedTenant> Tenant(int users = 12) =>
        EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: users), connectShell: true);

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

    private const string Rows = @"
        $groups = @(
            [pscustomobject]@{ Name = 'Book club'; ExternalKey = ''; Description = 'Monthly' }
            [pscustomobject]@{ Name = 'Runners'; ExternalKey = 'RUN'; Description = '' }
            [pscustomobject]@{ Name = 'Choir'; ExternalKey = ''; Description = '' }
        )";

    private static int Named(EmulatedTenant env, string name) => env.Server.Tenant.GetGroups().Count(g => g.GroupName == name);

    private static string IdOf(EmulatedTenant env, string name) => env.Server.Tenant.GetGroups().Single(g => g.GroupName == name).GroupId;

    [Fact]
    public async Task A_csv_of_groups_run_again_with_SkipExisting_creates_nothing_new_and_reports_every_row()
    {
        await using var env = await Tenant(users: 0);
        SkipExistingRun.Twice(env, Rows + "; $groups | New-WorksGroup", ["Book club", "Runners", "Choir"], "/groups",
            () => env.Server.Tenant.GroupCount, name => IdOf(env, name));
    }

    [Fact]
    public async Task Without_SkipExisting_a_second_run_duplicates_the_groups_without_an_external_key()
    {
        await using var env = await Tenant(users: 0);
        env.Invoke(Rows + "; $groups | New-WorksGroup").ThrowOnError();

        var again = env.Invoke(Rows + "; $groups | New-WorksGroup");
        SkipExistingRun.AssertRefusedWithAdvice(Assert.Single(again.Errors), "Row 2 (Runners)", "New-WorksGroup");
        Assert.Equal(2, Named(env, "Book club"));
        Assert.Equal(2, Named(env, "Choir"));
        Assert.Equal(1, Named(env, "Runners"));
    }

    [Fact]
    public async Task SkipExisting_passes_over_a_group_of_the_same_name_in_any_case_and_a_repeated_row()
    {
        await using var env = await Tenant(users: 0);
        var existing = env.Server.Tenant.AddGroup("Book Club");
        const string Input = @"
            @(
                [pscustomobject]@{ Name = 'book club' }
                [pscustomobject]@{ Name = 'Chess' }
                [pscustomobject]@{ Name = 'CHESS' }
            ) | New-WorksGroup -SkipExisting -Verbose";

        env.Server.Requests.Clear();
        var rehearsal = env.Invoke(Input + " -WhatIf").ThrowOnError();
        Assert.All(env.Server.Requests.Entries, e => Assert.Equal("GET", e.Method));
        Assert.Contains($"Row 1 (book club): already exists as {existing.GroupId}; would be skipped.", rehearsal.Verbose);
        Assert.Contains("Row 3 (CHESS): already exists as (to be created by Row 2 (Chess)); would be skipped.", rehearsal.Verbose);

        var r = env.Invoke(Input).ThrowOnError();
        Assert.Equal(new long[] { 2 }, r.Output.Select(o => (long)o.Properties["Row"].Value));
        Assert.Contains($"Row 1 (book club): already exists as {existing.GroupId}; skipped.", r.Verbose);
        Assert.Contains($"Row 3 (CHESS): already exists as {IdOf(env, "Chess")}; skipped.", r.Verbose);
        Assert.Equal(0, Named(env, "book club"));
        Assert.Equal(0, Named(env, "CHESS"));
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
        Assert.Equal(ErrorCategory.ResourceExists, Assert.Single(again.Errors).CategoryInfo.Category);
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
