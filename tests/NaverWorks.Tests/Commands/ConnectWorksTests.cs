using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.Tasks;
using NaverWorks.Sessions;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands;

public class ConnectWorksTests : IAsyncLifetime
{
    private EmulatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await EmulatedTenant.StartAsync(new() { SeedUsers = 5 });

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public void Service_account_with_a_PKCS8_key_file_connects_and_becomes_the_default_session()
    {
        string keyFile = Path.GetTempFileName();
        File.WriteAllText(keyFile, _tenant.Demo.PrivateKeyPem);
        try
        {
            var r = _tenant.Run(
                "Connect-Works -ClientId $nwClientId -ClientSecret $nwSecret -ServiceAccount $nwAccount -PrivateKeyPath $keyFile -Scope $nwScope -ApiEndpoint $nwApi -AuthEndpoint $nwAuth -PassThru; (Get-WorksSession).Id",
                new() { ["keyFile"] = keyFile }).ThrowOnError();
            var session = (WorksSession)r.Output[0].BaseObject;
            Assert.Equal(WorksAuthType.ServiceAccount, session.AuthType);
            Assert.Equal(_tenant.Demo.ServiceAccount, session.Principal);
            Assert.Equal(session.Id, (int)r.Output[1].BaseObject);
            Assert.True(session.ExpiresOn > DateTimeOffset.Now.AddHours(1));
            Assert.Contains("directory", session.Scopes);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public void Service_account_with_PKCS1_PEM_text_connects()
    {
        var r = _tenant.Run(
            "Connect-Works -ClientId $nwClientId -ClientSecret $nwSecret -ServiceAccount $nwAccount -PrivateKey $pkcs1 -Scope $nwScope -ApiEndpoint $nwApi -AuthEndpoint $nwAuth -PassThru",
            new() { ["pkcs1"] = _tenant.Demo.PrivateKeyPkcs1Pem }).ThrowOnError();
        Assert.Equal(WorksAuthType.ServiceAccount, r.Single<WorksSession>().AuthType);
    }

    [Fact]
    public void A_key_that_is_not_the_apps_gives_an_error_that_points_at_the_key()
    {
        using var other = RSA.Create(2048);
        string wrongKey = other.ExportPkcs8PrivateKeyPem();
        var r = _tenant.Run(
            "Connect-Works -ClientId $nwClientId -ClientSecret $nwSecret -ServiceAccount $nwAccount -PrivateKey $wrong -Scope $nwScope -ApiEndpoint $nwApi -AuthEndpoint $nwAuth",
            new() { ["wrong"] = wrongKey });
        Assert.Equal(ErrorCategory.InvalidArgument, r.Failure.CategoryInfo.Category);
        Assert.Contains("private key", r.FailureMessage);
        Assert.Contains("invalid_grant", r.FailureMessage);
        Assert.DoesNotContain(wrongKey.Split('\n')[1], r.AllText());
    }

    [Fact]
    public void An_encrypted_key_file_is_refused_naming_the_file()
    {
        using var rsa = RSA.Create(2048);
        string keyFile = Path.GetTempFileName();
        File.WriteAllText(keyFile, rsa.ExportEncryptedPkcs8PrivateKeyPem("pass", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000)));
        try
        {
            var r = _tenant.Run(
                "Connect-Works -ClientId $nwClientId -ClientSecret $nwSecret -ServiceAccount $nwAccount -PrivateKeyPath $keyFile -Scope $nwScope -ApiEndpoint $nwApi -AuthEndpoint $nwAuth",
                new() { ["keyFile"] = keyFile });
            string message = r.FailureMessage;
            Assert.Contains(keyFile, message);
            Assert.Contains("encrypted", message);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public void An_access_token_connects_without_renewal_and_is_never_shown()
    {
        string token = _tenant.Server.Tokens.CreateAccessToken(_tenant.Demo);
        using var ps = new ModuleRunspace();
        var r = ps.Invoke("Connect-Works -AccessToken $t -ApiEndpoint $nwApi -PassThru -Verbose; Invoke-WorksRequest -Path /users -Verbose -Debug",
            new System.Collections.Generic.Dictionary<string, object?>(_tenant.Variables) { ["t"] = token, ["DebugPreference"] = "Continue" }).ThrowOnError();
        var session = (WorksSession)r.Output[0].BaseObject;
        Assert.Equal(WorksAuthType.AccessToken, session.AuthType);
        Assert.False(session.CanRenew);
        Assert.DoesNotContain(token, r.AllText());
        Assert.Contains(r.Verbose, v => v.StartsWith("GET /v1.0/users -> 200"));
    }

    [Fact]
    public void Without_credentials_it_reads_the_environment_or_says_which_variables_are_missing()
    {
        string[] names = ["NAVERWORKS_CLIENT_ID", "NAVERWORKS_CLIENT_SECRET", "NAVERWORKS_SERVICE_ACCOUNT", "NAVERWORKS_PRIVATE_KEY", "NAVERWORKS_SCOPE", "NAVERWORKS_API_ENDPOINT", "NAVERWORKS_AUTH_ENDPOINT", "NAVERWORKS_DOMAIN_ID"];
        try
        {
            using var ps = new ModuleRunspace();
            var missing = ps.Invoke("Connect-Works");
            string message = missing.FailureMessage;
            Assert.Contains("NAVERWORKS_CLIENT_ID", message);
            Assert.Contains("NAVERWORKS_PRIVATE_KEY_PATH", message);

            Environment.SetEnvironmentVariable("NAVERWORKS_CLIENT_ID", _tenant.Demo.ClientId);
            Environment.SetEnvironmentVariable("NAVERWORKS_CLIENT_SECRET", _tenant.Demo.ClientSecret);
            Environment.SetEnvironmentVariable("NAVERWORKS_SERVICE_ACCOUNT", _tenant.Demo.ServiceAccount);
            Environment.SetEnvironmentVariable("NAVERWORKS_PRIVATE_KEY", _tenant.Demo.PrivateKeyPem);
            Environment.SetEnvironmentVariable("NAVERWORKS_SCOPE", string.Join(",", _tenant.Demo.Scopes));
            Environment.SetEnvironmentVariable("NAVERWORKS_API_ENDPOINT", _tenant.Server.ApiEndpoint);
            Environment.SetEnvironmentVariable("NAVERWORKS_AUTH_ENDPOINT", _tenant.Server.AuthEndpoint);
            Environment.SetEnvironmentVariable("NAVERWORKS_DOMAIN_ID", _tenant.Demo.DomainId.ToString());
            var r = ps.Invoke("Connect-Works -PassThru").ThrowOnError();
            var session = r.Single<WorksSession>();
            Assert.Equal(_tenant.Demo.DomainId, session.DomainId);
            Assert.Equal(_tenant.Server.ApiEndpoint, session.ApiEndpoint.AbsoluteUri.TrimEnd('/'));
        }
        finally
        {
            foreach (var n in names) Environment.SetEnvironmentVariable(n, null);
        }
    }

    [Fact]
    public void Token_cache_is_refused_without_consent_here_then_saved_0600_reused_and_removed_by_Disconnect()
    {
        string cache = Path.Combine(Path.GetTempPath(), $"nw-cache-{Guid.NewGuid():N}.json");
        using var ps = new ModuleRunspace();
        var refused = ps.Invoke(EmulatedTenant.ConnectCommand + " -TokenCachePath $cache", new(_tenant.Variables) { ["cache"] = cache });
        Assert.Contains("AllowUnencryptedStorage", refused.FailureMessage);
        Assert.False(File.Exists(cache));

        var saved = ps.Invoke(EmulatedTenant.ConnectCommand + " -TokenCachePath $cache -AllowUnencryptedStorage", new(_tenant.Variables) { ["cache"] = cache }).ThrowOnError();
        Assert.Contains(saved.Warnings, w => w.Contains("not encrypted"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cache));
        Assert.DoesNotContain(_tenant.Demo.PrivateKeyPem.Split('\n')[1], File.ReadAllText(cache));

        using var later = new ModuleRunspace();
        var reused = later.Invoke("Connect-Works -TokenCachePath $cache -PassThru; Invoke-WorksRequest /users -First 1; Disconnect-Works", new() { ["cache"] = cache }).ThrowOnError();
        Assert.Equal(WorksAuthType.ServiceAccount, ((WorksSession)reused.Output[0].BaseObject).AuthType);
        Assert.Equal(2, reused.Output.Count);
        Assert.False(File.Exists(cache));
    }

    [Fact]
    public async Task Authorization_code_flow_completes_through_the_loopback_listener()
    {
        int port = FreePort();
        using var ps = new ModuleRunspace();
        foreach (var kv in _tenant.Variables) ps.Runspace.SessionStateProxy.SetVariable(kv.Key, kv.Value);
        using var shell = PowerShell.Create();
        shell.Runspace = ps.Runspace;
        shell.AddScript($"Connect-Works -ClientId $nwClientId -ClientSecret $nwSecret -RedirectUri 'http://127.0.0.1:{port}/callback' -Scope user.read -NoBrowser -ApiEndpoint $nwApi -AuthEndpoint $nwAuth -PassThru");
        var urlShown = new TaskCompletionSource<string>();
        shell.Streams.Information.DataAdded += (s, e) =>
        {
            string text = shell.Streams.Information[e.Index].MessageData?.ToString() ?? "";
            string? url = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("http"));
            if (url is not null) urlShown.TrySetResult(url);
        };
        var invocation = shell.BeginInvoke();
        string authorize = await urlShown.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("state=", authorize);

        // The "browser": follows the consent redirect to the module's loopback listener.
        using var browser = new HttpClient();
        var page = await browser.GetStringAsync(authorize);
        Assert.Contains("sign-in complete", page);

        var output = await Task.Factory.FromAsync(invocation, shell.EndInvoke).WaitAsync(TimeSpan.FromSeconds(20));
        var session = (WorksSession)output.Single().BaseObject;
        Assert.Equal(WorksAuthType.AuthorizationCode, session.AuthType);
        Assert.True(session.CanRenew);
    }

    [Fact]
    public void Cmdlets_say_to_connect_first_when_there_is_no_session()
    {
        using var ps = new ModuleRunspace();
        var r = ps.Invoke("Invoke-WorksRequest /users");
        Assert.Contains("Connect-Works", r.FailureMessage);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused()
    {
        using var ps = new ModuleRunspace();
        var r = ps.Invoke("Connect-Works -AccessToken 'x' -ApiEndpoint 'http://example.com/v1.0'");
        Assert.Contains("only sent over HTTPS", r.FailureMessage);
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
