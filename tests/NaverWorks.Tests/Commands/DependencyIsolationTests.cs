using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands;

/// <summary>
/// Az.Accounts and Microsoft.Graph load their own Microsoft.IdentityModel into the default load context;
/// importing NaverWorks after them must still work.
/// </summary>
public class DependencyIsolationTests : IAsyncLifetime
{
    private EmulatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await EmulatedTenant.StartAsync();

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public void Connects_when_another_module_already_loaded_an_older_IdentityModel()
    {
        string packages = typeof(DependencyIsolationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;
        foreach (string name in new[] { "microsoft.identitymodel.logging", "microsoft.identitymodel.tokens" })
        {
            string dll = Directory.GetFiles(Path.Combine(packages, name, "6.8.0", "lib", "netstandard2.0"), "*.dll").Single();
            if (!AppDomain.CurrentDomain.GetAssemblies().Any(a => !a.IsDynamic && a.Location == dll))
                AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
        }

        _tenant.Run("Invoke-WorksRequest -Path /users -First 1").ThrowOnError();

        var tokens = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Microsoft.IdentityModel.Tokens").ToList();
        Assert.Contains(tokens, a => a.GetName().Version!.Major == 6 && AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default);
        Assert.Contains(tokens, a => a.GetName().Version!.Major == 8 && AssemblyLoadContext.GetLoadContext(a) != AssemblyLoadContext.Default);
        var security = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "NaverWorks.Security");
        Assert.NotEqual(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(security));
    }
}
