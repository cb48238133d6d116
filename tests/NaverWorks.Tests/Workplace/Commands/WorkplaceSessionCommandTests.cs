using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;
using NaverWorks.Tests.Workplace.Emulator;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Commands;

public sealed class WorkplaceSessionCommandTests(WorkplaceModuleFixture fixture) : IClassFixture<WorkplaceModuleFixture>
{
    private static Dictionary<string, object?> Keys(WorkplaceEmulatorHost host, WorkplaceCredentials c, string? secret = null) => new()
    {
        ["ak"] = c.AccessKey,
        ["sk"] = secret ?? c.SecretKey,
        ["cid"] = c.CompanyId,
        ["ep"] = host.BaseAddress.ToString(),
    };

    [Fact]
    public void Connect_PassThru_shows_company_endpoint_and_a_masked_key_and_never_the_secret()
    {
        var company = fixture.NewCompany();
        using var ps = new ModuleRunspace();

        var result = ps.Invoke("""
            $s = Connect-Workplace -AccessKey $ak -SecretKey $sk -CompanyId $cid -Endpoint $ep -PassThru -Verbose -Debug
            $s
            Get-WorkplaceSession
            """, Keys(fixture.Host, company)).ThrowOnError();

        var sessions = result.Objects<WorkplaceSession>();
        Assert.Equal(2, sessions.Count);
        Assert.Same(sessions[0], sessions[1]);
        Assert.Equal(company.CompanyId, sessions[0].CompanyId);
        Assert.Equal(company.AccessKey[..4] + new string('*', company.AccessKey.Length - 4), sessions[0].AccessKey);
        Assert.Equal(0, sessions[0].RateLimitPerMinute);
        string everything = result.AllText() + string.Join("\n", sessions[0].GetType().GetProperties().Select(p => p.GetValue(sessions[0])?.ToString()));
        Assert.DoesNotContain(company.SecretKey, everything);
        Assert.DoesNotContain(company.AccessKey, everything);
    }

    [Fact]
    public void Several_sessions_at_once_the_last_is_the_default_and_Session_picks_another()
    {
        var first = fixture.NewCompany();
        var second = fixture.NewCompany();
        using var ps = new ModuleRunspace();
        var variables = new Dictionary<string, object?>
        {
            ["ak1"] = first.AccessKey, ["sk1"] = first.SecretKey, ["cid1"] = first.CompanyId,
            ["ak2"] = second.AccessKey, ["sk2"] = second.SecretKey, ["cid2"] = second.CompanyId,
            ["ep"] = fixture.Host.BaseAddress.ToString(),
        };

        var result = ps.Invoke("""
            $one = Connect-Workplace $ak1 $sk1 $cid1 -Endpoint $ep -PassThru
            $two = Connect-Workplace $ak2 $sk2 $cid2 -Endpoint $ep -PassThru
            New-WorkplaceDepartment d1 'In two' dept0000 > $null
            New-WorkplaceDepartment d1 'In one' dept0000 -Session $one > $null
            @(Get-WorkplaceSession -All).Count
            Disconnect-Workplace
            (Get-WorkplaceSession).CompanyId
            Disconnect-Workplace -Session $one
            @(Get-WorkplaceSession -All).Count
            """, variables).ThrowOnError();

        Assert.Equal([2, first.CompanyId, 0], result.Output.Select(o => o.BaseObject));
        Assert.Equal("In one", (string?)fixture.Host.Tenant.Find(first.CompanyId, WorkplaceResourceNames.Department, "d1")!["name"]);
        Assert.Equal("In two", (string?)fixture.Host.Tenant.Find(second.CompanyId, WorkplaceResourceNames.Department, "d1")!["name"]);
    }

    [Fact]
    public void A_wrong_secret_stops_Connect_with_advice_to_check_the_keys_and_keeps_no_session()
    {
        var company = fixture.NewCompany();
        using var ps = new ModuleRunspace();

        var result = ps.Invoke("""
            try { Connect-Workplace -AccessKey $ak -SecretKey $sk -CompanyId $cid -Endpoint $ep } catch { $_.ToString() }
            @(Get-WorkplaceSession -All).Count
            """, Keys(fixture.Host, company, secret: "WRONGSECRET" + company.SecretKey[11..]));

        string message = (string)result.Output[0].BaseObject;
        Assert.StartsWith("Connect-Workplace: GET /organization/apigw/v2/company/", message);
        Assert.Contains("HTTP 401 200", message);
        Assert.Contains("Check -AccessKey and -SecretKey", message);
        Assert.DoesNotContain("WRONGSECRET", message);
        Assert.Equal(0, result.Output[1].BaseObject);
    }

    [Fact]
    public async Task A_clock_5_minutes_off_stops_Connect_and_says_how_far_off_it_is()
    {
        // The gateway's clock is 10 minutes ahead of this computer's.
        await using var host = await WorkplaceEmulatorHost.StartAsync(new OffsetTimeProvider(TimeSpan.FromMinutes(10)));
        var company = host.Tenant.AddCompany();
        using var ps = new ModuleRunspace();

        var result = ps.Invoke("try { Connect-Workplace -AccessKey $ak -SecretKey $sk -CompanyId $cid -Endpoint $ep } catch { $_.ToString() }", Keys(host, company));

        string message = (string)Assert.Single(result.Output).BaseObject;
        Assert.Matches(@"Your clock is (599|600|601) seconds off \(behind the gateway's\)", message);
        Assert.DoesNotContain("Check -AccessKey", message);
    }

    [Fact]
    public void Cmdlets_without_a_session_say_to_connect_first()
    {
        using var ps = new ModuleRunspace();
        var result = ps.Invoke("try { Get-WorkplaceDepartment } catch { $_.ToString() }");
        Assert.Equal("Not connected. Run Connect-Workplace first, or pass -Session.", Assert.Single(result.Output).BaseObject);
    }

    [Theory]
    [InlineData("http://workplace.example.com", "only sent over HTTPS")]
    [InlineData("https://workplace.apigw.ntruss.com/organization/apigw/v2", "must be only a scheme and host")]
    public void Unsafe_or_pathed_endpoints_are_refused_before_anything_is_sent(string endpoint, string expected)
    {
        using var ps = new ModuleRunspace();
        var result = ps.Invoke("try { Connect-Workplace -AccessKey AK -SecretKey SK -CompanyId c1 -Endpoint $ep } catch { $_.ToString() }", new Dictionary<string, object?> { ["ep"] = endpoint });
        Assert.Contains(expected, (string)Assert.Single(result.Output).BaseObject);
    }

    private sealed class OffsetTimeProvider(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + offset;
    }
}
