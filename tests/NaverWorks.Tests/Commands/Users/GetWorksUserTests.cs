using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands.Users;

public class GetWorksUserTests
{
    private static Task<EmulatedTenant> Tenant(int users = 5) =>
        EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: users), connectShell: true);

    [Fact]
    public async Task Get_WorksUser_First_3_makes_exactly_one_request_for_three_users()
    {
        await using var env = await Tenant(20);
        env.Server.Requests.Clear();
        var r = env.Invoke("Get-WorksUser -First 3").ThrowOnError();
        Assert.Equal(3, r.Output.Count);
        Assert.All(r.Output, o => Assert.IsType<User>(o.BaseObject));
        var call = Assert.Single(env.Server.Requests.ForRoute("GET /users"));
        Assert.Contains("count=3", call.Query);
    }

    [Fact]
    public async Task Get_WorksUser_writes_the_first_user_before_the_second_page_is_asked_for()
    {
        await using var env = await Tenant(5);
        env.Server.Requests.Clear();
        var r = env.Invoke(@"
            $seen = [System.Collections.ArrayList]::new()
            Get-WorksUser -PageSize 2 | ForEach-Object { [void]$seen.Add($nwServer.Requests.ForRoute('GET /users').Count) }
            $seen").ThrowOnError();
        var requestsSeenByEachUser = r.Output.Select(o => (int)o.BaseObject).ToList();
        Assert.Equal(6, requestsSeenByEachUser.Count);
        // The first user is out with only page 1 asked for; later pages are read ahead while earlier ones are written.
        Assert.Equal(1, requestsSeenByEachUser[0]);
        Assert.Equal(3, env.Server.Requests.ForRoute("GET /users").Count);
    }

    [Fact]
    public async Task A_listing_can_be_resumed_with_the_cursor_shown_in_verbose_output()
    {
        await using var env = await Tenant(5);
        var first = env.Invoke("Get-WorksUser -PageSize 2 -First 2 -Verbose").ThrowOnError();
        string line = first.Verbose.Single(v => v.Contains("-Cursor"));
        string cursor = line.Split('\'')[1];
        var rest = env.Invoke("Get-WorksUser -PageSize 2 -Cursor $c", new() { ["c"] = cursor }).ThrowOnError();
        var all = first.Output.Concat(rest.Output).Select(o => ((User)o.BaseObject).UserId).ToList();
        Assert.Equal(6, all.Count);
        Assert.Equal(6, all.Distinct().Count());
    }

    [Fact]
    public async Task Ids_emails_and_external_keys_are_taken_by_value_and_by_property_name()
    {
        await using var env = await Tenant(3);
        var seeded = env.Server.Tenant.GetUsers().Where(u => !u.IsAdministrator).ToList();
        var r = env.Invoke(@"
            $a, $b, $c = $ids
            $a | Get-WorksUser
            [pscustomobject]@{ Email = $b } | Get-WorksUser
            Get-WorksUser -Id ('externalKey:' + $c)
            Get-WorksUser -Id $a | Get-WorksUser",
            new() { ["ids"] = new[] { seeded[0].UserId, seeded[1].Email, seeded[2].UserExternalKey } }).ThrowOnError();
        Assert.Equal(new[] { seeded[0].UserId, seeded[1].UserId, seeded[2].UserId, seeded[0].UserId }, r.Output.Select(o => ((User)o.BaseObject).UserId));
    }

    [Fact]
    public async Task A_missing_user_is_a_non_terminating_ObjectNotFound_error()
    {
        await using var env = await Tenant(1);
        var r = env.Invoke("'nobody@example.com', 'admin@example.com' | Get-WorksUser");
        Assert.Single(r.Output);
        var error = Assert.Single(r.Errors);
        Assert.Equal(System.Management.Automation.ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("nobody@example.com", error.ErrorDetails.Message);
    }

    [Fact]
    public async Task An_org_unit_piped_in_lists_its_members_with_their_details()
    {
        await using var env = await Tenant(30);
        var team = env.Server.Tenant.FindOrgUnitByName("플랫폼팀")!;
        var r = env.Invoke("Get-WorksOrgUnit -Name 플랫폼팀 | Get-WorksUser").ThrowOnError();
        var users = r.Output.Select(o => (User)o.BaseObject).ToList();
        Assert.Equal(env.Server.Tenant.GetOrgUnitMemberIds(team.OrgUnitId), users.Select(u => u.UserId));
        Assert.All(users, u => Assert.Equal("플랫폼팀", u.OrgUnit));
        Assert.All(users, u => Assert.NotNull(u.Email));
        var byId = env.Invoke("Get-WorksUser -OrgUnitId $id -First 2", new() { ["id"] = team.OrgUnitId }).ThrowOnError();
        Assert.Equal(2, byId.Output.Count);
    }

    [Fact]
    public async Task Sorting_goes_to_the_service()
    {
        await using var env = await Tenant(3);
        env.Invoke("Get-WorksUser -OrderBy Name -SortOrder Descending").ThrowOnError();
        Assert.Contains("orderBy=NAME", env.Server.Requests.ForRoute("GET /users").Last().Query);
        Assert.Contains("sortOrder=DESCENDING", env.Server.Requests.ForRoute("GET /users").Last().Query);
    }
}
