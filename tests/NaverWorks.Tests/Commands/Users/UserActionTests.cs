using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands.Users;

public class UserActionTests
{
    private static Task<EmulatedTenant> Tenant() =>
        EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: 4), connectShell: true);

    [Fact]
    public async Task Suspend_and_resume_take_piped_users()
    {
        await using var env = await Tenant();
        var users = env.Server.Tenant.GetUsers().Where(u => !u.IsAdministrator).Take(2).ToList();
        env.Invoke("$emails | Suspend-WorksUser", new() { ["emails"] = users.Select(u => u.Email).ToArray() }).ThrowOnError();
        Assert.All(users, u => Assert.True(env.Server.Tenant.FindUser(u.UserId)!.IsSuspended));
        env.Invoke("$emails | Get-WorksUser | Resume-WorksUser", new() { ["emails"] = users.Select(u => u.Email).ToArray() }).ThrowOnError();
        Assert.All(users, u => Assert.False(env.Server.Tenant.FindUser(u.UserId)!.IsSuspended));
    }

    [Fact]
    public async Task Remove_deletes_with_Confirm_false_and_WhatIf_sends_nothing()
    {
        await using var env = await Tenant();
        var someone = env.Server.Tenant.GetUsers().First(u => !u.IsAdministrator);
        env.Server.Requests.Clear();
        env.Invoke("Remove-WorksUser $e -WhatIf", new() { ["e"] = someone.Email }).ThrowOnError();
        Assert.Empty(env.Server.Requests.Entries);
        env.Invoke("Get-WorksUser $e | Remove-WorksUser -Confirm:$false", new() { ["e"] = someone.Email }).ThrowOnError();
        Assert.Null(env.Server.Tenant.FindUser(someone.UserId));
    }

    [Fact]
    public async Task The_service_refusing_an_action_is_an_error_naming_the_row()
    {
        await using var env = await Tenant();
        var r = env.Invoke("'admin@example.com' | Suspend-WorksUser");
        Assert.StartsWith("Row 1 (admin@example.com): POST", Assert.Single(r.Errors).ErrorDetails.Message);
    }
}
