using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Calendar;

/// <summary>
/// One emulator and one runspace with the module connected to it as the demo service account (scope
/// calendar), shared by a test class; tests clear the journal and use their own users, so they stay independent.
/// </summary>
public sealed class CalendarModuleFixture : IAsyncLifetime
{
    private EmulatorServer? _server;
    private ModuleRunspace? _ps;

    public EmulatorServer Server => _server!;

    public ModuleRunspace PS => _ps!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero });
        _ps = new ModuleRunspace();
        var demo = _server.Demo;
        _ps.Invoke(
            "Connect-Works -ApiEndpoint $api -AuthEndpoint $auth -ClientId $id -ClientSecret $secret -ServiceAccount $sa -PrivateKey $key -Scope calendar,user.read | Out-Null",
            new Dictionary<string, object?>
            {
                ["api"] = _server.ApiEndpoint, ["auth"] = _server.AuthEndpoint, ["id"] = demo.ClientId, ["secret"] = demo.ClientSecret,
                ["sa"] = demo.ServiceAccount, ["key"] = demo.PrivateKeyPem,
            }).ThrowOnError();
    }

    /// <summary>A new member of the tenant, by email.</summary>
    public string NewUser(string localPart)
    {
        var email = $"{localPart}@{Server.Tenant.MailDomain}";
        Server.Tenant.AddUser(new JsonObject
        {
            ["domainId"] = Server.Tenant.DomainId,
            ["email"] = email,
            ["userName"] = new JsonObject { ["lastName"] = "Kim", ["firstName"] = localPart },
            ["passwordConfig"] = new JsonObject { ["passwordCreationType"] = "ADMIN", ["password"] = "Passw0rd!x", ["changePasswordAtNextLogin"] = false },
        }.ToJsonString());
        return email;
    }

    /// <summary>Runs a script with variables; fails the test on any error.</summary>
    public RunResult Run(string script, object? variables = null) => PS.Invoke(script, Vars(variables)).ThrowOnError();

    /// <summary>Runs a script with variables, errors allowed.</summary>
    public RunResult Try(string script, object? variables = null) => PS.Invoke(script, Vars(variables));

    /// <summary>The JSON bodies the emulator received for a route, in order.</summary>
    public List<JsonObject> Bodies(string routeTemplate) =>
        Server.Requests.ForRoute(routeTemplate).Select(e => JsonNode.Parse(e.Body)!.AsObject()).ToList();

    private static Dictionary<string, object?>? Vars(object? variables) =>
        variables?.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(variables));

    public async Task DisposeAsync()
    {
        _ps?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
