using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Security;

/// <summary>
/// Every cmdlet, run with every stream on (-Verbose, -Debug, information, warnings, errors including failures on
/// purpose), must never show an access or refresh token, the client secret, an assertion, a private key, a
/// WORKPLACE secret key or a password — not in a stream, not in an exception message.
/// </summary>
public class SecretLeakTests : IAsyncLifetime
{
    private const string UserPassword = "Leak-Check-2026";
    private const string EmployeePassword = "Wp-Init-Pass-77";

    // An administrator's day, touching every exported cmdlet. The test below checks it really does.
    private const string Script = """
        $VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $InformationPreference = 'Continue'
        $ErrorActionPreference = 'Continue'; $ProgressPreference = 'Continue'
        $s = Connect-Works -ClientId $d.ClientId -ClientSecret $d.ClientSecret -ServiceAccount $d.ServiceAccount -PrivateKey $d.PrivateKeyPem -Scope $d.Scopes -ApiEndpoint $api -AuthEndpoint $auth -PassThru
        $s; Get-WorksSession -All | Out-Null
        Invoke-WorksRequest -Path /users -All -First 2
        $ou = New-WorksOrgUnit -Name '보안점검팀' -DisplayOrder 9
        Set-WorksOrgUnit -Id $ou.OrgUnitId -Description '점검' -PassThru
        Get-WorksOrgUnit -Name '보안점검팀'
        Get-WorksLevel | Out-Null; Get-WorksPosition | Out-Null
        $u = New-WorksUser -Email 'leak.check@example.com' -LastName '보' -FirstName '안' -OrgUnitId $ou.OrgUnitId -Password $pw -PasswordCreationType Admin
        Get-WorksUser -Id $u.UserId
        Set-WorksUser -Id $u.UserId -Location 'Seoul' -PassThru
        Suspend-WorksUser -Id $u.UserId; Resume-WorksUser -Id $u.UserId
        $g = New-WorksGroup -Name '보안그룹'
        Add-WorksGroupMember -GroupId $g.GroupId -Member $u.UserId
        Get-WorksGroup -Id $g.GroupId; Set-WorksGroup -Id $g.GroupId -Description 'x'
        Remove-WorksGroupMember -GroupId $g.GroupId -Member $u.UserId -Confirm:$false
        Remove-WorksGroup -Id $g.GroupId -Confirm:$false
        Get-WorksCalendar -UserId $u.UserId
        $c = New-WorksCalendar -Name '보안점검'
        Set-WorksCalendar -CalendarId $c.CalendarId -Description 'x'
        $e = New-WorksEvent -UserId $u.UserId -Summary '점검' -Start '2026-12-01T10:00:00' -End '2026-12-01T11:00:00' -TimeZone 'Asia/Seoul'
        Get-WorksEvent -UserId $u.UserId -From '2026-12-01' -To '2026-12-02'
        Set-WorksEvent -UserId $u.UserId -EventId $e.EventId -Location 'B1'
        Remove-WorksEvent -UserId $u.UserId -EventId $e.EventId -Confirm:$false
        Remove-WorksCalendar -CalendarId $c.CalendarId -Confirm:$false
        Remove-WorksUser -Id $u.UserId -Confirm:$false
        Remove-WorksOrgUnit -Id $ou.OrgUnitId -Confirm:$false
        Get-WorksUser -Id 'nobody@example.com'                       # an error on purpose
        $nwServer.Tokens.ExpireAll(); Get-WorksUser -First 1         # a 401 and a renewal
        Connect-Workplace -AccessKey $wp.AccessKey -SecretKey $wp.SecretKey -CompanyId $wp.CompanyId -Endpoint $wpEndpoint -PassThru
        Get-WorkplaceSession -All
        New-WorkplaceDepartment -ExternalKey 'sec01' -Name '보안부' -ParentExternalKey 'dept0000'
        Set-WorkplaceDepartment -ExternalKey 'sec01' -Name '보안부2'
        Get-WorkplaceDepartment
        New-WorkplaceGrade -ExternalKey 'g1' -Name '사원' -SortOrder 1; Set-WorkplaceGrade -ExternalKey 'g1' -SortOrder 2; Get-WorkplaceGrade
        New-WorkplaceJob -ExternalKey 'j1' -Name '팀원' -SortOrder 1; Set-WorkplaceJob -ExternalKey 'j1' -SortOrder 2; Get-WorkplaceJob
        New-WorkplaceEmploymentType -ExternalKey 't1' -Name '정규직' -SortOrder 1; Set-WorkplaceEmploymentType -ExternalKey 't1' -SortOrder 2; Get-WorkplaceEmploymentType
        New-WorkplaceEmployee -ExternalKey 'e1' -Name '보안' -LoginId 'sec@example.by-works.com' -Email 'sec@example.com' -DepartmentExternalKey 'sec01' -HireDate '2026-01-02' -Password $wpPw
        Set-WorkplaceEmployee -ExternalKey 'e1' -Name '보안2'; Get-WorkplaceEmployee
        Remove-WorkplaceEmployee -ExternalKey 'e1' -Confirm:$false
        Remove-WorkplaceGrade -ExternalKey 'g1' -Confirm:$false; Remove-WorkplaceJob -ExternalKey 'j1' -Confirm:$false; Remove-WorkplaceEmploymentType -ExternalKey 't1' -Confirm:$false
        Remove-WorkplaceDepartment -ExternalKey 'sec01' -Confirm:$false
        Connect-Workplace -AccessKey $wp.AccessKey -SecretKey 'wrong-secret-value' -CompanyId $wp.CompanyId -Endpoint $wpEndpoint   # a failure on purpose
        Disconnect-Workplace -Confirm:$false
        Connect-Works -ClientId $d.ClientId -ClientSecret 'not-the-secret' -ServiceAccount $d.ServiceAccount -PrivateKey $d.PrivateKeyPem -Scope $d.Scopes -ApiEndpoint $api -AuthEndpoint $auth   # a failure on purpose
        Disconnect-Works -Revoke -Confirm:$false
        """;

    private EmulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await EmulatorServer.StartAsync(new EmulatorOptions { SeedUsers = 3, RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void No_stream_of_any_cmdlet_shows_a_token_key_secret_or_password()
    {
        using var ps = new ModuleRunspace();
        var r = ps.Invoke(Script, new()
        {
            ["d"] = _server.Demo,
            ["api"] = _server.ApiEndpoint,
            ["auth"] = _server.AuthEndpoint,
            ["nwServer"] = _server,
            ["pw"] = UserPassword,
            ["wp"] = _server.Workplace.Demo,
            ["wpEndpoint"] = _server.WorkplaceEndpoint,
            ["wpPw"] = EmployeePassword,
        });
        string all = r.AllText() + string.Join("\n", r.Output.Select(o => string.Join(" ", o.Properties.Select(p => $"{p.Name}={Safe(p)}"))));

        // The script ran for real: objects came back, and the failures on purpose failed.
        Assert.True(r.Output.Count > 25, $"only {r.Output.Count} objects; errors: " + string.Join("\n", r.Errors.Select(e => e.ErrorDetails?.Message ?? e.ToString())));
        Assert.Contains(r.Errors, e => e.ErrorDetails?.Message?.Contains("invalid_client") == true);
        Assert.Contains(r.Errors, e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
        Assert.Contains(r.Debug, d => d.Contains("Authorization: ***"));

        var secrets = new List<string>(_server.Tokens.IssuedTokenValues)
        {
            _server.Demo.ClientSecret,
            _server.Workplace.Demo.SecretKey,
            UserPassword,
            EmployeePassword,
        };
        secrets.AddRange(KeyLines(_server.Demo.PrivateKeyPem));
        Assert.True(_server.Tokens.IssuedTokenValues.Count >= 3, $"tokens were issued and renewed ({_server.Tokens.IssuedTokenValues.Count})");
        foreach (string secret in secrets) Assert.DoesNotContain(secret, all);
        Assert.DoesNotContain("eyJ", all); // no JWT assertion, whole or in part
    }

    [Fact]
    public void The_script_exercises_every_exported_cmdlet()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ast = Parser.ParseInput(Script, out _, out var errors);
        Assert.Empty(errors);
        foreach (CommandAst command in ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>())
            if (command.GetCommandName() is string name) used.Add(name);
        using var ps = new ModuleRunspace();
        var exported = ps.Invoke("(Get-Module NaverWorks).ExportedCmdlets.Keys").Output.Select(o => o.ToString()).ToList();
        Assert.Empty(exported.Where(c => !used.Contains(c)));
    }

    private static IEnumerable<string> KeyLines(string pem) =>
        pem.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 20 && !l.StartsWith("-----", StringComparison.Ordinal));

    private static string Safe(PSPropertyInfo p)
    {
        try
        {
            return p.Value?.ToString() ?? "";
        }
        catch (GetValueException)
        {
            return "";
        }
    }
}
