using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands.Users;

public class NewWorksUserTests
{
    private static Task<EmulatedTenant> Tenant() =>
        EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: 2), connectShell: true);

    private const string Rows = @"
        function Row($email, $orgUnit = '인사팀', $phone = '', $password = 'Passw0rd1') {
            [pscustomobject]@{ Email = $email; LastName = 'Kim'; FirstName = 'Ji'; OrgUnit = $orgUnit; Position = '팀원'; Level = '사원';
                               EmployeeNumber = ''; CellPhone = $phone; Password = $password; IsManager = 'FALSE' }
        }";

    [Fact]
    public async Task Plain_csv_rows_create_users_with_names_resolved_through_one_listing_each()
    {
        await using var env = await Tenant();
        env.Server.Requests.Clear();
        var r = env.Invoke(Rows + @"
            1..6 | ForEach-Object { Row ""new$_@example.com"" @('인사팀', '재무팀')[$_ % 2] '010-1234-5678' } | New-WorksUser").ThrowOnError();
        var users = r.Output.Select(o => (User)o.BaseObject).ToList();
        Assert.Equal(6, users.Count);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => (long)i), r.Output.Select(o => (long)o.Properties["Row"].Value));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"new{i}@example.com"), users.Select(u => u.Email));
        Assert.All(users, u => Assert.Equal("팀원", u.Position));
        Assert.All(users, u => Assert.Equal("사원", u.Level));
        Assert.Equal("재무팀", users[0].OrgUnit);
        Assert.All(users, u => Assert.False(u.IsPending)); // the CSV's plain-text password made them ADMIN-created
        Assert.Single(env.Server.Requests.ForRoute("GET /orgunits"));
        Assert.Single(env.Server.Requests.ForRoute("GET /directory/positions"));
        Assert.Single(env.Server.Requests.ForRoute("GET /directory/levels"));
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_row_and_field_and_the_good_rows_still_go()
    {
        await using var env = await Tenant();
        env.Server.Tenant.AddOrgUnit("Twin", env.Server.Tenant.FindOrgUnitByName("경영지원본부")!.OrgUnitId);
        env.Server.Tenant.AddOrgUnit("Twin", env.Server.Tenant.FindOrgUnitByName("개발본부")!.OrgUnitId);
        env.Server.Requests.Clear();
        var r = env.Invoke(Rows + @"
            @(
                Row 'good1@example.com'
                Row ''
                Row 'Not An Email'
                Row 'lost@example.com' 'No Such Team'
                Row 'twin@example.com' 'Twin'
                Row 'phone@example.com' '인사팀' '010 1234 5678'
                Row 'weak@example.com' '인사팀' '' 'short'
                Row 'good2@example.com'
            ) | New-WorksUser");
        Assert.Null(r.Terminating);
        Assert.Equal(new[] { "good1@example.com", "good2@example.com" }, r.Output.Select(o => ((User)o.BaseObject).Email));
        Assert.Equal(new long[] { 1, 8 }, r.Output.Select(o => (long)o.Properties["Row"].Value));
        var messages = r.Errors.Select(e => e.ErrorDetails.Message).ToList();
        Assert.Equal(6, messages.Count);
        Assert.StartsWith("Row 2 ((no value)): Email: is required", messages[0]);
        Assert.StartsWith("Row 3 (Not An Email): Email:", messages[1]);
        Assert.StartsWith("Row 4 (lost@example.com): OrgUnit: no org unit is named 'No Such Team'", messages[2]);
        Assert.StartsWith("Row 5 (twin@example.com): OrgUnit: 2 org units are named 'Twin'", messages[3]);
        Assert.StartsWith("Row 6 (phone@example.com): CellPhone:", messages[4]);
        Assert.StartsWith("Row 7 (weak@example.com), field Password:", messages[5]);
        Assert.All(r.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.All(r.Errors, e => Assert.IsType<PSCustomObject>(((PSObject)e.TargetObject).BaseObject));
        // Only the good rows and the one the service alone could judge were sent.
        Assert.Equal(3, env.Server.Requests.ForRoute("POST /users").Count);
    }

    [Fact]
    public async Task WhatIf_checks_every_row_and_sends_nothing()
    {
        await using var env = await Tenant();
        int before = env.Server.Tenant.UserCount;
        env.Server.Requests.Clear();
        var r = env.Invoke(Rows + @"
            @( Row 'a@example.com'; Row 'b@example.com' 'No Such Team'; Row 'c@example.com' ) | New-WorksUser -WhatIf");
        Assert.Empty(r.Output);
        var error = Assert.Single(r.Errors);
        Assert.StartsWith("Row 2 (b@example.com): OrgUnit:", error.ErrorDetails.Message);
        Assert.All(env.Server.Requests.Entries, e => Assert.Equal("GET", e.Method));
        Assert.Equal(before, env.Server.Tenant.UserCount);
    }

    [Fact]
    public async Task An_existing_user_is_a_ResourceExists_error_unless_SkipExisting()
    {
        await using var env = await Tenant();
        string existing = env.Server.Tenant.GetUsers().First(u => !u.IsAdministrator).Email;
        var r = env.Invoke(Rows + "Row $e | New-WorksUser", new() { ["e"] = existing });
        var error = Assert.Single(r.Errors);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Contains("-SkipExisting", error.ErrorDetails.Message);

        var skipped = env.Invoke(Rows + "Row $e | New-WorksUser -SkipExisting -Verbose", new() { ["e"] = existing }).ThrowOnError();
        Assert.Empty(skipped.Output);
        Assert.Contains(skipped.Verbose, v => v.Contains("already exists") && v.Contains("skipped"));
    }

    [Fact]
    public async Task The_same_email_twice_in_one_input_is_caught_before_the_service_sees_it()
    {
        await using var env = await Tenant();
        var r = env.Invoke(Rows + "@(Row 'x.twice@example.com'; Row 'x.TWICE@example.com') | New-WorksUser");
        Assert.Single(r.Output);
        Assert.Contains("also on row 1", Assert.Single(r.Errors).ErrorDetails.Message);
    }

    [Fact]
    public async Task Without_a_password_the_member_sets_it_through_the_private_email()
    {
        await using var env = await Tenant();
        var r = env.Invoke("New-WorksUser -Email m@example.com -LastName Lee -FirstName Mi -PrivateEmail mi@home.example.net -HiredDate ([datetime]'2024-04-01')").ThrowOnError();
        var user = r.Single<User>();
        Assert.True(user.IsPending);
        Assert.Equal("2024-04-01", user.HiredDate);
        Assert.Null(user.Organizations?.SingleOrDefault()?.OrgUnits?.SingleOrDefault());
    }
}
