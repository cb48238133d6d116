using System.Linq;
using System.Management.Automation;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands;

public class ModuleManifestTests
{
    [Fact]
    public void Test_ModuleManifest_passes()
    {
        using var ps = new ModuleRunspace(importModule: false);
        var r = ps.Invoke($"Test-ModuleManifest -Path '{RepoPaths.Manifest}'").ThrowOnError();
        var info = r.Single<PSModuleInfo>();
        Assert.Equal("NaverWorks", info.Name);
        Assert.Contains("Core", info.CompatiblePSEditions);
        Assert.Contains("Desktop", info.CompatiblePSEditions);
    }

    [Fact]
    public void Every_cmdlet_in_the_assembly_is_exported_by_name_and_nothing_else()
    {
        var inAssembly = typeof(NaverWorks.Commands.Common.NaverWorksCmdlet).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(CmdletAttribute), false).Cast<CmdletAttribute>().FirstOrDefault())
            .Where(a => a is not null)
            .Select(a => $"{a!.VerbName}-{a.NounName}")
            .OrderBy(n => n).ToArray();
        using var ps = new ModuleRunspace();
        var exported = ps.Invoke("(Get-Module NaverWorks).ExportedCmdlets.Keys").ThrowOnError()
            .Output.Select(o => o.ToString()).OrderBy(n => n).ToArray();
        Assert.Equal(inAssembly, exported);
        var manifestText = System.IO.File.ReadAllText(RepoPaths.Manifest);
        Assert.DoesNotContain("'*'", manifestText.Split("CmdletsToExport")[1].Split(")")[0]);
    }

    [Fact]
    public void Importing_twice_and_removing_works()
    {
        using var ps = new ModuleRunspace();
        ps.Invoke($"Import-Module '{RepoPaths.Manifest}' -Force; Remove-Module NaverWorks; Import-Module '{RepoPaths.Manifest}'").ThrowOnError();
        Assert.NotEmpty(ps.Invoke("Get-Command -Module NaverWorks").Output);
    }
}
