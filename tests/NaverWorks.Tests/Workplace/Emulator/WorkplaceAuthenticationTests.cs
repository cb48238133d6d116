using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

public sealed class WorkplaceAuthenticationTests(WorkplaceEmulatorFixture fixture) : IClassFixture<WorkplaceEmulatorFixture>
{
    private WorkplaceEmulatorHost Host => fixture.Host;

    private string DepartmentList(string companyId) => WorkplacePaths.Collection(companyId, WorkplaceResource.Department, 0, 10);

    [Fact]
    public async Task Valid_signature_is_accepted_and_the_company_has_its_root_department()
    {
        WorkplaceTestClient client = Host.Client(Host.Tenant.Demo);

        WorkplaceReply reply = await client.ListAsync(WorkplaceResource.Department, 0, 10);

        var body = WorkplaceAssert.Status(reply, HttpStatusCode.OK);
        Assert.Equal(1, (int)body["totalCount"]!);
        Assert.Equal("dept0000", (string)body["elements"]![0]!["externalKey"]!);
    }

    [Fact]
    public async Task Demo_credentials_are_fixed()
    {
        Assert.Equal(WorkplaceTenant.DemoAccessKey, Host.Tenant.Demo.AccessKey);
        Assert.Equal(WorkplaceTenant.DemoCompanyId, Host.Tenant.Demo.CompanyId);
        Assert.DoesNotContain(Host.Tenant.Demo.SecretKey, Host.Tenant.Demo.ToString());
        WorkplaceReply reply = await Host.Client(new WorkplaceCredentials(WorkplaceTenant.DemoAccessKey, WorkplaceTenant.DemoSecretKey, WorkplaceTenant.DemoCompanyId))
            .ListAsync(WorkplaceResource.Grade);
        WorkplaceAssert.Status(reply, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Tampered_signature_is_rejected()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        WorkplaceReply reply = await client.SendAsync(HttpMethod.Get, DepartmentList(client.CompanyId), tamper: request =>
        {
            string signature = request.Headers.GetValues(ApiGatewaySigner.SignatureHeader).Single();
            request.Headers.Remove(ApiGatewaySigner.SignatureHeader);
            request.Headers.Add(ApiGatewaySigner.SignatureHeader, (signature[0] == 'A' ? 'B' : 'A') + signature[1..]);
        });

        Assert.Contains("signature mismatch", WorkplaceAssert.AuthenticationFailed(reply));
    }

    [Fact]
    public async Task Wrong_secret_is_rejected_and_the_details_show_what_the_server_signed()
    {
        WorkplaceCredentials credentials = Host.Tenant.AddCompany();
        WorkplaceTestClient client = Host.Client(new WorkplaceCredentials(credentials.AccessKey, credentials.SecretKey + "x", credentials.CompanyId));

        WorkplaceReply reply = await client.ListAsync(WorkplaceResource.Department, 0, 10);

        string details = WorkplaceAssert.AuthenticationFailed(reply);
        Assert.Contains("GET " + DepartmentList(credentials.CompanyId) + "\n", details);
        Assert.DoesNotContain(credentials.SecretKey, details);
    }

    [Fact]
    public async Task Unknown_access_key_is_rejected()
    {
        WorkplaceCredentials credentials = Host.Tenant.AddCompany();
        WorkplaceTestClient client = Host.Client(new WorkplaceCredentials("NOSUCHACCESSKEY00001", credentials.SecretKey, credentials.CompanyId));

        WorkplaceReply reply = await client.ListAsync(WorkplaceResource.Department);

        Assert.Contains("unknown access key", WorkplaceAssert.AuthenticationFailed(reply));
    }

    [Theory]
    [InlineData(ApiGatewaySigner.TimestampHeader)]
    [InlineData(ApiGatewaySigner.AccessKeyHeader)]
    [InlineData(ApiGatewaySigner.SignatureHeader)]
    public async Task Missing_header_is_rejected(string header)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        WorkplaceReply reply = await client.SendAsync(HttpMethod.Get, DepartmentList(client.CompanyId), tamper: r => r.Headers.Remove(header));

        Assert.Contains(header, WorkplaceAssert.AuthenticationFailed(reply));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(-6)]
    public async Task Skewed_client_clock_is_rejected_with_the_server_time(int minutes)
    {
        WorkplaceCredentials credentials = Host.Tenant.AddCompany();
        WorkplaceTestClient client = Host.Client(credentials, () => DateTimeOffset.UtcNow.AddMinutes(minutes));

        WorkplaceReply reply = await client.ListAsync(WorkplaceResource.Department);

        Assert.Contains("Invalid timestamp", WorkplaceAssert.AuthenticationFailed(reply));
        DateTimeOffset serverTime = reply.Headers.Date!.Value;
        Assert.InRange(serverTime, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Timestamp_header_that_differs_from_the_signed_one_is_rejected()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        WorkplaceReply reply = await client.SendAsync(HttpMethod.Get, DepartmentList(client.CompanyId), tamper: request =>
        {
            long signed = long.Parse(request.Headers.GetValues(ApiGatewaySigner.TimestampHeader).Single());
            request.Headers.Remove(ApiGatewaySigner.TimestampHeader);
            request.Headers.Add(ApiGatewaySigner.TimestampHeader, (signed + 1).ToString());
        });

        Assert.Contains("signature mismatch", WorkplaceAssert.AuthenticationFailed(reply));
    }

    [Fact]
    public async Task Signing_one_url_and_sending_another_is_rejected()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        string signedPath = WorkplacePaths.Collection(client.CompanyId, WorkplaceResource.Department, 0, 10);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Host.BaseAddress, WorkplacePaths.Collection(client.CompanyId, WorkplaceResource.Department) + "?limit=10&offset=0"));
        client.Signer.CreateHeaders("GET", signedPath, () => DateTimeOffset.UtcNow).ApplyTo(request);

        WorkplaceAssert.AuthenticationFailed(await client.SendRawAsync(request));
    }

    [Fact]
    public async Task Signing_the_decoded_key_instead_of_the_escaped_one_is_rejected()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        string sent = WorkplacePaths.Item(client.CompanyId, WorkplaceResource.Department, "A+B");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Host.BaseAddress, sent));
        string decoded = sent.Replace("A%2BB", "A+B");
        client.Signer.CreateHeaders("GET", decoded, () => DateTimeOffset.UtcNow).ApplyTo(request);

        WorkplaceAssert.AuthenticationFailed(await client.SendRawAsync(request));
    }

    [Fact]
    public async Task Method_is_part_of_the_signature()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        string path = WorkplacePaths.Item(client.CompanyId, WorkplaceResource.Department, "dept0000");
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(Host.BaseAddress, path));
        client.Signer.CreateHeaders("GET", path, () => DateTimeOffset.UtcNow).ApplyTo(request);

        WorkplaceAssert.AuthenticationFailed(await client.SendRawAsync(request));
    }

    [Fact]
    public async Task Key_for_another_company_is_denied()
    {
        WorkplaceCredentials mine = Host.Tenant.AddCompany();
        WorkplaceCredentials theirs = Host.Tenant.AddCompany();
        WorkplaceTestClient client = Host.Client(new WorkplaceCredentials(mine.AccessKey, mine.SecretKey, theirs.CompanyId));

        WorkplaceReply reply = await client.ListAsync(WorkplaceResource.Department);

        WorkplaceAssert.Gateway(reply, HttpStatusCode.Unauthorized, "210", "Permission Denied");
    }

    [Fact]
    public async Task Key_for_a_company_that_does_not_exist_is_denied_without_revealing_it()
    {
        WorkplaceCredentials mine = Host.Tenant.AddCompany();
        WorkplaceTestClient client = Host.Client(new WorkplaceCredentials(mine.AccessKey, mine.SecretKey, Guid.NewGuid().ToString()));

        WorkplaceAssert.Gateway(await client.ListAsync(WorkplaceResource.Department), HttpStatusCode.Unauthorized, "210", "Permission Denied");
    }

    [Fact]
    public async Task A_key_granted_several_companies_may_call_each()
    {
        WorkplaceCredentials first = Host.Tenant.AddCompany();
        WorkplaceCredentials second = Host.Tenant.AddCompany();
        WorkplaceCredentials both = Host.Tenant.AddCredentials(first.CompanyId, second.CompanyId);

        WorkplaceAssert.Status(await Host.Client(both).ListAsync(WorkplaceResource.Job), HttpStatusCode.OK);
        WorkplaceAssert.Status(await Host.Client(new WorkplaceCredentials(both.AccessKey, both.SecretKey, second.CompanyId)).ListAsync(WorkplaceResource.Job), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_resource_or_method_is_the_gateway_404_but_only_after_authentication()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        string prefix = WorkplacePaths.Collection(client.CompanyId, WorkplaceResource.Department);

        WorkplaceAssert.Gateway(await client.SendAsync(HttpMethod.Get, prefix.Replace("/department", "/position")), HttpStatusCode.NotFound, "300", "Not Found Exception");
        WorkplaceAssert.Gateway(await client.SendAsync(HttpMethod.Get, prefix.Replace("/department", "/Department")), HttpStatusCode.NotFound, "300", "Not Found Exception");
        WorkplaceAssert.Gateway(await client.SendAsync(HttpMethod.Post, prefix, WorkplaceBodies.Department("d1")), HttpStatusCode.NotFound, "300", "Not Found Exception");
        WorkplaceAssert.Gateway(await client.SendAsync(HttpMethod.Patch, prefix + "/dept0000"), HttpStatusCode.NotFound, "300", "Not Found Exception");
        WorkplaceAssert.Gateway(await client.SendAsync(HttpMethod.Get, prefix + "/dept0000/extra"), HttpStatusCode.NotFound, "300", "Not Found Exception");

        WorkplaceAssert.AuthenticationFailed(await client.SendAsync(HttpMethod.Get, prefix.Replace("/department", "/position"), tamper: r => r.Headers.Remove(ApiGatewaySigner.SignatureHeader)));
    }

    [Fact]
    public async Task Escaped_external_key_is_verified_over_the_raw_target_and_round_trips()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        const string key = "팀 A+B&C=D";

        var created = WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, key, WorkplaceBodies.Department(key)), HttpStatusCode.Created);
        Assert.Equal(key, (string)created["externalKey"]!);

        var fetched = WorkplaceAssert.Status(await client.GetAsync(WorkplaceResource.Department, key), HttpStatusCode.OK);
        Assert.Equal(key, (string)fetched["externalKey"]!);
        Assert.NotNull(Host.Tenant.Find(client.CompanyId, WorkplaceResourceNames.Department, key));
    }
}

public sealed class WorkplaceClockBoundaryTests
{
    private static readonly DateTimeOffset ServerNow = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);

    [Theory]
    [InlineData(-299_999, HttpStatusCode.OK)]
    [InlineData(299_999, HttpStatusCode.OK)]
    [InlineData(-300_000, HttpStatusCode.Unauthorized)]
    [InlineData(300_000, HttpStatusCode.Unauthorized)]
    public async Task Five_minutes_or_more_is_invalid(int offsetMillis, HttpStatusCode expected)
    {
        var clock = new ManualTimeProvider(ServerNow);
        await using WorkplaceEmulatorHost host = await WorkplaceEmulatorHost.StartAsync(clock);
        WorkplaceTestClient client = host.Client(host.Tenant.Demo, () => ServerNow.AddMilliseconds(offsetMillis));

        WorkplaceReply reply = await client.ListAsync(WorkplaceResource.Department);

        Assert.Equal(expected, reply.Status);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Contains("Invalid timestamp", WorkplaceAssert.AuthenticationFailed(reply));
            Assert.Equal(ServerNow, reply.Headers.Date);
        }
    }
}
