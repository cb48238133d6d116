using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Models;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Scenarios;

/// <summary>
/// README's first command (<c>build.ps1 -Task Demo</c>) runs examples/Demo.ps1 against the emulator. There is no
/// pwsh here, so the suite runs the same script in the hosted engine, with the same kind of connection file.
/// </summary>
public class DemoScriptTests : IAsyncLifetime
{
    private EmulatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await EmulatedTenant.StartAsync(new() { SeedUsers = 20, OrgUnitWriteInterval = TimeSpan.Zero });

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public void The_demo_creates_the_example_users_lists_them_and_schedules_an_event()
    {
        string keyFile = Path.GetTempFileName();
        File.WriteAllText(keyFile, _tenant.Demo.PrivateKeyPem);
        try
        {
            var connection = new PSObject();
            connection.Properties.Add(new PSNoteProperty("clientId", _tenant.Demo.ClientId));
            connection.Properties.Add(new PSNoteProperty("clientSecret", _tenant.Demo.ClientSecret));
            connection.Properties.Add(new PSNoteProperty("serviceAccount", _tenant.Demo.ServiceAccount));
            connection.Properties.Add(new PSNoteProperty("privateKeyPath", keyFile));
            connection.Properties.Add(new PSNoteProperty("scopes", _tenant.Demo.Scopes.ToArray()));
            connection.Properties.Add(new PSNoteProperty("apiEndpoint", _tenant.Server.ApiEndpoint));
            connection.Properties.Add(new PSNoteProperty("authEndpoint", _tenant.Server.AuthEndpoint));
            int before = _tenant.Server.Tenant.UserCount;
            string demo = Path.Combine(RepoPaths.Root, "examples", "Demo.ps1");

            using var ps = new ModuleRunspace(importModule: false);
            var r = ps.Invoke($"& '{demo}' -Connection $connection", new() { ["connection"] = connection }).ThrowOnError();

            int csvRows = File.ReadAllLines(Path.Combine(RepoPaths.Root, "examples", "users.csv")).Length - 1;
            Assert.Equal(before + csvRows, _tenant.Server.Tenant.UserCount);
            Assert.Contains(r.Output, o => o.BaseObject is string s && s == $"Created {csvRows} users.");
            Assert.Equal(10, r.Output.Count(o => o.BaseObject is User));
            var orientation = Assert.Single(r.Output.Select(o => o.BaseObject).OfType<WorksEvent>());
            Assert.Equal("신규 입사자 오리엔테이션", orientation.Summary);
            Assert.Equal(csvRows, orientation.Attendees!.Count());

            // Run twice: -SkipExisting makes it a no-op for users, not an error.
            var again = ps.Invoke($"& '{demo}' -Connection $connection", new() { ["connection"] = connection }).ThrowOnError();
            Assert.Contains(again.Output, o => o.BaseObject is string s && s == "Created 0 users.");
        }
        finally
        {
            File.Delete(keyFile);
        }
    }
}
