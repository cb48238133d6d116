using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

/// <summary>Base for emulator specs: a fresh emulator per test (no shared state), a client signed in as the demo service account.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    private EmulatorServer? _server;
    private EmulatorClient? _client;

    internal EmulatorServer Server => _server ?? throw new InvalidOperationException("not started");

    internal EmulatorClient Client => _client ?? throw new InvalidOperationException("not started");

    /// <summary>Options for this test class; by default rate limits and org-unit pacing are off so specs only meet them on purpose.</summary>
    protected virtual EmulatorOptions CreateOptions() => new() { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero };

    /// <summary>Scope the client signs in with.</summary>
    protected virtual string? SignInScope => "directory";

    public virtual async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(CreateOptions());
        _client = new EmulatorClient(_server);
        if (SignInScope is { } scope)
        {
            await _client.SignInAsync(scope: scope);
        }
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A minimal valid create-user body (ADMIN password so the user is active).</summary>
    internal object NewUserBody(string localPart, string? orgUnitId = null, string? externalKey = null) => new Dictionary<string, object?>
    {
        ["domainId"] = Server.Tenant.DomainId,
        ["email"] = $"{localPart}@{Server.Tenant.MailDomain}",
        ["userExternalKey"] = externalKey,
        ["userName"] = new { lastName = "홍", firstName = "길동" },
        ["passwordConfig"] = new { passwordCreationType = "ADMIN", password = "Passw0rd!", changePasswordAtNextLogin = true },
        ["organizations"] = orgUnitId is null
            ? Array.Empty<object>()
            : new object[] { new { domainId = Server.Tenant.DomainId, primary = true, orgUnits = new[] { new { orgUnitId, primary = true } } } },
    };
}
