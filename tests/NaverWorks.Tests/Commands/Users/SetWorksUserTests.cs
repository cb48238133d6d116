using System;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands.Users;

public class SetWorksUserTests
{
    private static Task<EmulatedTenant> Tenant(int users = 4) =>
        EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: users), connectShell: true);

    // What Export-Csv then Import-Csv make of objects: every property as text, null as empty.
    private const string ThroughCsv = @"
        function ThroughCsv { process {
            $row = [ordered]@{}
            foreach ($p in $_.PSObject.Properties) { $row[$p.Name] = if ($null -eq $p.Value) { '' } else { [string]$p.Value } }
            [pscustomobject]$row
        } }";

    [Fact]
    public async Task Only_the_given_field_is_patched()
    {
        await using var env = await Tenant();
        string email = env.Server.Tenant.GetUsers().First(u => !u.IsAdministrator).Email;
        env.Server.Requests.Clear();
        env.Invoke("Get-WorksUser $e | Set-WorksUser -Location Seoul", new() { ["e"] = email }).ThrowOnError();
        Assert.Equal("{\"location\":\"Seoul\"}", env.Server.Requests.ForRoute("PATCH /users/{userId}").Single().Body);
        Assert.Equal("Seoul", env.Server.Tenant.FindUserByEmail(email)!.Location);
    }

    [Fact]
    public async Task A_csv_round_trip_changes_exactly_what_was_edited()
    {
        await using var env = await Tenant(6);
        env.Server.Requests.Clear();
        var r = env.Invoke(ThroughCsv + @"
            $rows = @(Get-WorksUser -First 6 | Where-Object { -not $_.IsAdministrator } | ThroughCsv)
            $rows[0].Location = 'Busan'
            $rows[1].OrgUnit = '재무팀'
            $rows[2].Position = '파트장'
            $rows[3].IsManager = 'True'
            $rows | Set-WorksUser -PassThru -Verbose").ThrowOnError();
        var patches = env.Server.Requests.ForRoute("PATCH /users/{userId}");
        Assert.Equal(4, patches.Count); // the fifth row was not edited: nothing sent for it
        var users = r.Output.Select(o => (User)o.BaseObject).ToList();
        // Rows run several at a time, so the PATCHes arrive in any order: match each to its user.
        string BodyFor(User u) => patches.Single(p => p.Path.EndsWith("/" + u.UserId)).Body;
        Assert.Equal("{\"location\":\"Busan\"}", BodyFor(users[0]));
        Assert.All(users.Skip(1).Take(3), u => Assert.StartsWith("{\"organizations\":", BodyFor(u)));
        Assert.Equal("Busan", users[0].Location);
        Assert.Equal("재무팀", users[1].OrgUnit);
        Assert.Equal("파트장", users[2].Position);
        Assert.True(users[3].IsManager);
        Assert.Contains(r.Verbose, v => v.Contains("Row 5") && v.Contains("nothing to change"));
    }

    [Fact]
    public async Task A_piped_user_in_no_org_unit_can_be_changed()
    {
        await using var env = await Tenant();
        string admin = env.Server.Tenant.SuperAdmin.Email;
        env.Server.Requests.Clear();
        var r = env.Invoke("Get-WorksUser $a | Set-WorksUser -Location 'Seoul HQ' -PassThru", new() { ["a"] = admin }).ThrowOnError();
        Assert.Equal("Seoul HQ", ((User)r.Output.Single().BaseObject).Location);
        Assert.Equal("{\"location\":\"Seoul HQ\"}", env.Server.Requests.ForRoute("PATCH /users/{userId}").Single().Body);
    }

    [Fact]
    public async Task The_contract_pipeline_from_org_unit_to_members_to_a_change_works()
    {
        await using var env = await Tenant(20);
        var team = env.Server.Tenant.FindOrgUnitByName("국내영업팀")!;
        env.Invoke("Get-WorksOrgUnit -Name 국내영업팀 | Get-WorksUser | Set-WorksUser -Location Seoul").ThrowOnError();
        var members = env.Server.Tenant.GetOrgUnitMemberIds(team.OrgUnitId);
        Assert.NotEmpty(members);
        Assert.All(members, id => Assert.Equal("Seoul", env.Server.Tenant.FindUser(id)!.Location));
    }

    [Fact]
    public async Task WhatIf_reads_and_reports_the_change_but_sends_no_write()
    {
        await using var env = await Tenant();
        string email = env.Server.Tenant.GetUsers().First(u => !u.IsAdministrator).Email;
        env.Server.Requests.Clear();
        var r = env.Invoke("Set-WorksUser $e -Location Seoul -OrgUnit 플랫폼팀 -WhatIf -Verbose", new() { ["e"] = email }).ThrowOnError();
        Assert.True(r.Verbose.Any(v => v.Contains("would change Location, Organizations")), string.Join("\n", r.Verbose));
        Assert.All(env.Server.Requests.Entries, e => Assert.Equal("GET", e.Method));
    }

    [Fact]
    public async Task Clear_empties_a_field_and_a_blank_cell_leaves_it_alone()
    {
        await using var env = await Tenant();
        var someone = env.Server.Tenant.GetUsers().First(u => u.CellPhone is not null);
        env.Invoke("[pscustomobject]@{ UserId = $id; CellPhone = ''; Location = '' } | Set-WorksUser", new() { ["id"] = someone.UserId }).ThrowOnError();
        Assert.Empty(env.Server.Requests.ForRoute("PATCH /users/{userId}"));
        env.Invoke("Set-WorksUser -Id $id -Clear CellPhone", new() { ["id"] = someone.UserId }).ThrowOnError();
        Assert.Null(env.Server.Tenant.FindUser(someone.UserId)!.CellPhone);
    }

    [Fact]
    public async Task A_name_and_an_id_that_disagree_with_each_other_and_the_user_fail_the_row()
    {
        await using var env = await Tenant();
        // Neither value is the user's current unit, so neither can be the column left unedited.
        var finance = env.Server.Tenant.FindOrgUnitByName("재무팀")!.OrgUnitId;
        var overseas = env.Server.Tenant.FindOrgUnitByName("해외영업팀")!.OrgUnitId;
        var someone = env.Server.Tenant.GetUsers().First(u => !u.IsAdministrator && u.Organizations[0].OrgUnits[0].OrgUnitId != finance && u.Organizations[0].OrgUnits[0].OrgUnitId != overseas);
        var r = env.Invoke("Set-WorksUser -Id $id -OrgUnit 재무팀 -OrgUnitId $other", new() { ["id"] = someone.UserId, ["other"] = overseas });
        Assert.Contains("OrgUnit: '재무팀' is", Assert.Single(r.Errors).ErrorDetails.Message);
        Assert.Empty(env.Server.Requests.ForRoute("PATCH /users/{userId}"));
    }

    [Fact]
    public async Task The_clear_list_matches_the_fields_the_provisioner_can_clear()
    {
        var attribute = typeof(NaverWorks.Commands.Users.SetWorksUserCommand).GetProperty("Clear")!
            .GetCustomAttributes(typeof(System.Management.Automation.ValidateSetAttribute), false).Cast<System.Management.Automation.ValidateSetAttribute>().Single();
        Assert.Equal(NaverWorks.Provisioning.UserProvisioner.ClearableFields.OrderBy(f => f), attribute.ValidValues.OrderBy(f => f));
        await Task.CompletedTask;
    }
}
