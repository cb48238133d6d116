using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Http;
using NaverWorks.Tests.Workplace.Emulator;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace;

/// <summary>The module's own transport, signing with <see cref="ApiGatewayAuthenticator"/>, against the emulator over HTTP.</summary>
public sealed class WorkplaceTransportTests
{
    private static ApiTransport Transport(Uri endpoint, WorkplaceCredentials credentials, Func<DateTimeOffset> clock, string? secret = null) =>
        new(WorkplaceTransport.RequireHostOnly(endpoint),
            new ApiGatewayAuthenticator(new ApiGatewaySigner(credentials.AccessKey, secret ?? credentials.SecretKey), clock),
            new WorkplaceErrorParser(clock), ApiService.Workplace,
            new TransportOptions { RateLimitPerMinute = 0, Retry = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(5) } });

    private static ApiRequest DepartmentList(string companyId) =>
        new(HttpMethod.Get, WorkplacePaths.Collection(companyId, WorkplaceResource.Department, 0, 10), "GET /department");

    [Fact]
    public async Task Requests_signed_by_the_shared_transport_are_accepted()
    {
        await using var host = await WorkplaceEmulatorHost.StartAsync();
        WorkplaceCredentials credentials = host.Tenant.AddCompany();
        using ApiTransport transport = Transport(host.BaseAddress, credentials, () => DateTimeOffset.UtcNow);

        ApiResponse response = await transport.SendAsync(DepartmentList(credentials.CompanyId), RequestContext.None);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        using JsonDocument body = JsonDocument.Parse(response.Body);
        Assert.Equal("dept0000", body.RootElement.GetProperty("elements")[0].GetProperty("externalKey").GetString());
    }

    [Fact]
    public async Task Every_retry_is_signed_again_with_a_fresh_timestamp()
    {
        // In front of WORKPLACE: note each request's timestamp header, and turn the second request away with a 503.
        var stamps = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var host = await WorkplaceEmulatorHost.StartAsync(configure: app => app.Use(async (context, next) =>
        {
            stamps.Enqueue(context.Request.Headers["x-ncp-apigw-timestamp"].ToString());
            if (stamps.Count == 2)
            {
                context.Response.StatusCode = 503;
                return;
            }
            await next(context);
        }));
        WorkplaceCredentials credentials = host.Tenant.AddCompany();
        long tick = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using ApiTransport transport = Transport(host.BaseAddress, credentials, () => DateTimeOffset.FromUnixTimeMilliseconds(tick += 1000));

        await transport.SendAsync(DepartmentList(credentials.CompanyId), RequestContext.None); // request 1 passes
        ApiResponse response = await transport.SendAsync(DepartmentList(credentials.CompanyId), RequestContext.None); // 2 fails, 3 passes

        Assert.Equal(2, response.Attempts);
        string[] seen = stamps.ToArray();
        Assert.Equal(3, seen.Length);
        Assert.NotEqual(seen[1], seen[2]);
    }

    [Fact]
    public async Task A_wrong_secret_says_to_check_the_keys()
    {
        await using var host = await WorkplaceEmulatorHost.StartAsync();
        WorkplaceCredentials credentials = host.Tenant.AddCompany();
        using ApiTransport transport = Transport(host.BaseAddress, credentials, () => DateTimeOffset.UtcNow, secret: credentials.SecretKey + "x");

        var error = await Assert.ThrowsAsync<WorksApiException>(() => transport.SendAsync(DepartmentList(credentials.CompanyId), RequestContext.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("200", error.Code);
        Assert.Null(error.Error.ClockSkew);
        Assert.Contains("signature mismatch", error.Message);
        Assert.Contains("Check -AccessKey and -SecretKey", error.Message);
        Assert.DoesNotContain(credentials.SecretKey, error.Message);
    }

    [Fact]
    public async Task A_skewed_local_clock_is_reported_with_how_far_off_it_is()
    {
        await using var host = await WorkplaceEmulatorHost.StartAsync();
        WorkplaceCredentials credentials = host.Tenant.AddCompany();
        using ApiTransport transport = Transport(host.BaseAddress, credentials, () => DateTimeOffset.UtcNow.AddMinutes(10));

        var error = await Assert.ThrowsAsync<WorksApiException>(() => transport.SendAsync(DepartmentList(credentials.CompanyId), RequestContext.None));

        Assert.InRange(error.Error.ClockSkew!.Value.TotalSeconds, 595, 605);
        Assert.Matches(@"Your clock is (599|600|601) seconds off \(ahead of the gateway's\)", error.Message);
        Assert.Equal(1, error.Error.RawBody!.Split("Invalid timestamp").Length - 1);
    }

    [Theory]
    [InlineData("https://workplace.apigw.ntruss.com/organization/apigw/v2")]
    [InlineData("https://workplace.apigw.ntruss.com/?x=1")]
    [InlineData("http://workplace.apigw.ntruss.com")]
    public void Endpoints_other_than_https_scheme_and_host_are_refused(string endpoint)
    {
        Assert.Throws<ArgumentException>(() => WorkplaceTransport.RequireHostOnly(new Uri(endpoint)));
    }

    [Fact]
    public void A_host_only_endpoint_is_kept_as_scheme_host_and_port()
    {
        Assert.Equal("https://workplace.apigw.ntruss.com/", WorkplaceTransport.RequireHostOnly(new Uri("https://workplace.apigw.ntruss.com")).AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5080/", WorkplaceTransport.RequireHostOnly(new Uri("http://127.0.0.1:5080/")).AbsoluteUri);
    }
}
