using System;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Security;

/// <summary>An HTTPS endpoint with a certificate nobody vouches for is refused, never trusted quietly.</summary>
public class TlsValidationTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private string _endpoint = "";
    private int _served;

    public async Task InitializeAsync()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certificate = X509CertificateLoader.LoadPkcs12(selfSigned.Export(X509ContentType.Pfx), null);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        _app = builder.Build();
        _app.Run(context =>
        {
            _served++;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("{\"users\":[]}");
        });
        await _app.StartAsync();
        _endpoint = _app.Urls.Single() + "/v1.0";
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void A_self_signed_certificate_is_refused_and_nothing_is_served()
    {
        using var ps = new ModuleRunspace();
        var r = ps.Invoke("Connect-Works -AccessToken 'token-for-tls-test' -ApiEndpoint $api; Invoke-WorksRequest -Path /users", new() { ["api"] = _endpoint });
        Assert.Equal(System.Management.Automation.ErrorCategory.ConnectionError, r.Failure.CategoryInfo.Category);
        Assert.Matches("(?i)ssl|certificate", r.FailureMessage);
        Assert.Equal(0, _served);
    }
}
