using System.Collections.Generic;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;
using NaverWorks.Tests.Workplace.Emulator;

namespace NaverWorks.Tests.Workplace.Commands;

/// <summary>
/// One emulator and one runspace with the module imported, per test class. Each test works in a company of
/// its own (<see cref="NewCompany"/>), connected with Connect-Workplace at the start of each script.
/// </summary>
public sealed class WorkplaceModuleFixture : IAsyncLifetime
{
    internal WorkplaceEmulatorHost Host { get; private set; } = null!;

    public ModuleRunspace PowerShell { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await WorkplaceEmulatorHost.StartAsync();
        PowerShell = new ModuleRunspace();
    }

    public async Task DisposeAsync()
    {
        PowerShell.Dispose();
        await Host.DisposeAsync();
    }

    internal WorkplaceCredentials NewCompany() => Host.Tenant.AddCompany();

    /// <summary>Connects to <paramref name="company"/> (the session becomes the default), then runs <paramref name="script"/>.</summary>
    internal RunResult Run(WorkplaceCredentials company, string script, IDictionary<string, object?>? variables = null) =>
        WorkplaceScript.Run(PowerShell, Host.BaseAddress, company, script, variables);
}
