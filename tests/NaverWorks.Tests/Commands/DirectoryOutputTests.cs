using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands;

public class DirectoryOutputTests
{
    [Fact]
    public async Task Every_directory_object_shows_a_sensible_type_name_with_a_view()
    {
        await using var env = await EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: 2), connectShell: true);
        env.Server.Tenant.AddGroup("G");
        var r = env.Invoke(@"
            (Get-WorksUser -First 1).PSObject.TypeNames[0]
            (Get-WorksOrgUnit -First 1).PSObject.TypeNames[0]
            (Get-WorksGroup -First 1).PSObject.TypeNames[0]
            (Get-WorksLevel -First 1).PSObject.TypeNames[0]
            (Get-WorksPosition -First 1).PSObject.TypeNames[0]").ThrowOnError();
        var names = r.Output.Select(o => o.ToString()).ToList();
        Assert.Equal(new[] { "NaverWorks.User", "NaverWorks.OrgUnit", "NaverWorks.Group", "NaverWorks.Level", "NaverWorks.Position" }, names);
        // The hosted engine has no Get-FormatData: read the module's format file instead.
        var format = System.Xml.Linq.XDocument.Load(System.IO.Path.Combine(RepoPaths.Root, "NaverWorks.Format.ps1xml"));
        var viewed = format.Descendants("TypeName").Select(t => t.Value).ToHashSet();
        Assert.All(names, n => Assert.Contains(n, viewed));
    }

    [Fact]
    public async Task Levels_and_positions_are_listed_and_filtered_by_name()
    {
        await using var env = await EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: 1), connectShell: true);
        var levels = env.Invoke("Get-WorksLevel").ThrowOnError().Output.Select(o => ((Level)o.BaseObject).Name).ToList();
        Assert.Equal(new[] { "사원", "주임", "대리", "과장", "차장", "부장", "이사", "상무" }, levels);
        Assert.Equal("팀장", ((Position)env.Invoke("Get-WorksPosition -Name 팀장").ThrowOnError().Output.Single().BaseObject).Name);
        var byUser = env.Invoke("Get-WorksUser -First 2 | Where-Object { $_.LevelId } | Get-WorksLevel").ThrowOnError();
        Assert.Single(byUser.Output);
    }
}
