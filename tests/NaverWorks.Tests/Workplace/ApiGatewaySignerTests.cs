using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace;

public sealed class ApiGatewaySignerTests
{
    private const string CompanyId = "c1798784-9a47-4751-ab9f-b9629825ab93";

    private static readonly JsonObject Vectors = WorkplaceFixtures.Load("signing-vectors.json");

    public static TheoryData<string, string, string, string> SigningVectors()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (JsonNode? vector in Vectors["vectors"]!.AsArray())
        {
            data.Add(
                (string)vector!["method"]!,
                (string)vector["uri"]!,
                (string)vector["timestamp"]!,
                (string)vector["signature"]!);
        }

        return data;
    }

    private static ApiGatewaySigner VectorSigner() =>
        new((string)Vectors["accessKey"]!, (string)Vectors["secretKey"]!);

    [Fact]
    public void Fixture_has_vectors()
    {
        Assert.True(SigningVectors().Count >= 3);
    }

    [Theory]
    [MemberData(nameof(SigningVectors))]
    public void Sign_matches_every_fixture_vector(string method, string uri, string timestamp, string expected)
    {
        Assert.Equal(expected, VectorSigner().Sign(method, uri, timestamp));
    }

    [Theory]
    [MemberData(nameof(SigningVectors))]
    public void Method_is_upper_cased_before_signing(string method, string uri, string timestamp, string expected)
    {
        Assert.Equal(expected, VectorSigner().Sign(method.ToLowerInvariant(), uri, timestamp));
    }

    [Fact]
    public void StringToSign_is_method_space_target_lf_timestamp_lf_access_key_without_trailing_newline()
    {
        string text = VectorSigner().BuildStringToSign("get", "/a?b=&c", "1505290625682");
        Assert.Equal("GET /a?b=&c\n1505290625682\nEXAMPLEACCESSKEY0001", text);
    }

    [Fact]
    public void Header_timestamp_is_the_signed_timestamp_and_the_clock_is_read_once()
    {
        ApiGatewaySigner signer = VectorSigner();
        int reads = 0;
        var instant = DateTimeOffset.FromUnixTimeMilliseconds(1505290625682);
        string uri = WorkplacePaths.Collection(CompanyId, WorkplaceResource.Department, 0, 10);

        ApiGatewayHeaders headers = signer.CreateHeaders("GET", uri, () =>
        {
            reads++;
            return instant.AddMilliseconds(reads - 1); // a second read would move the time
        });

        Assert.Equal(1, reads);
        Assert.Equal("1505290625682", headers.Timestamp);
        Assert.Equal(signer.Sign("GET", uri, headers.Timestamp), headers.Signature);
        Assert.Equal("pya2UW7lqzcznHM23hgnk1eJA3LDZoKBu8UF4EdLTQ0=", headers.Signature);
        Assert.Equal(
            new[] { ApiGatewaySigner.TimestampHeader, ApiGatewaySigner.AccessKeyHeader, ApiGatewaySigner.SignatureHeader },
            headers.ToList().Select(h => h.Key));
    }

    [Fact]
    public void Apply_signs_the_request_uri_as_sent_and_replaces_previous_headers()
    {
        ApiGatewaySigner signer = VectorSigner();
        string path = WorkplacePaths.Item(CompanyId, WorkplaceResource.Employee, "emp0001");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri("https://workplace.apigw.ntruss.com"), path));
        var instant = DateTimeOffset.FromUnixTimeMilliseconds(1505290625682);

        signer.Apply(request, () => instant);
        signer.Apply(request, () => instant); // re-signing a retried request must not duplicate headers

        Assert.Equal("4lUUjnsYFE8xcn6UY6M8agOIyOsauJ63fG1zv6Lpz88=", Assert.Single(request.Headers.GetValues(ApiGatewaySigner.SignatureHeader)));
        Assert.Equal("1505290625682", Assert.Single(request.Headers.GetValues(ApiGatewaySigner.TimestampHeader)));
        Assert.Equal("EXAMPLEACCESSKEY0001", Assert.Single(request.Headers.GetValues(ApiGatewaySigner.AccessKeyHeader)));
    }

    [Fact]
    public void Apply_rejects_a_relative_uri()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/x", UriKind.Relative));
        Assert.Throws<ArgumentException>(() => VectorSigner().Apply(request, () => DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData("팀 A+B&C=D")]
    [InlineData("a/b?c#d")]
    [InlineData("100%")]
    [InlineData("x'y(z)!*~._-")]
    public void Escaped_external_key_round_trips_through_uri_unchanged(string externalKey)
    {
        string path = WorkplacePaths.Item(CompanyId, WorkplaceResource.Department, externalKey);
        var uri = new Uri(new Uri("https://workplace.apigw.ntruss.com"), path);

        Assert.Equal(path, uri.PathAndQuery);
        Assert.EndsWith("/department/" + Uri.EscapeDataString(externalKey), path);
        Assert.Equal(externalKey, Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]));

        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        ApiGatewayHeaders headers = VectorSigner().Apply(request, () => DateTimeOffset.FromUnixTimeMilliseconds(1700000000000));
        Assert.Equal(VectorSigner().Sign("GET", path, "1700000000000"), headers.Signature);
    }

    [Fact]
    public void Paths_follow_the_documented_shape()
    {
        Assert.Equal(
            "/organization/apigw/v2/company/c1798784-9a47-4751-ab9f-b9629825ab93/department?offset=0&limit=10",
            WorkplacePaths.Collection(CompanyId, WorkplaceResource.Department, 0, 10));
        Assert.Equal(
            "/organization/apigw/v2/company/c1798784-9a47-4751-ab9f-b9629825ab93/empType/type%20001",
            WorkplacePaths.Item(CompanyId, WorkplaceResource.EmploymentType, "type 001"));
        Assert.Throws<ArgumentException>(() => WorkplacePaths.Item(CompanyId, WorkplaceResource.Job, ".."));
        Assert.Throws<ArgumentException>(() => WorkplacePaths.Item(CompanyId, WorkplaceResource.Job, ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkplacePaths.Collection(CompanyId, WorkplaceResource.Job, -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkplacePaths.Collection(CompanyId, WorkplaceResource.Job, 0, 0));
    }

    [Fact]
    public void Secret_never_appears_in_ToString_or_public_properties()
    {
        const string secret = "SUPERSECRETKEYVALUE0000000000000000000001";
        var signer = new ApiGatewaySigner("AK0001", secret);
        ApiGatewayHeaders headers = signer.CreateHeaders("GET", "/x", () => DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain(secret, signer.ToString());
        Assert.Contains("AK0001", signer.ToString());
        Assert.DoesNotContain(secret, headers.ToString());
        foreach (var property in typeof(ApiGatewaySigner).GetProperties())
        {
            Assert.NotEqual(secret, property.GetValue(signer) as string);
        }
    }

    [Theory]
    [InlineData("https://workplace.apigw.ntruss.com/organization/x")] // full URL: the classic mistake
    [InlineData("organization/x")]
    [InlineData("/department/팀")]                                      // decoded: the wire would differ
    [InlineData("/department/a b")]
    [InlineData("")]
    public void Sign_rejects_targets_that_cannot_be_what_is_on_the_wire(string target)
    {
        Assert.Throws<ArgumentException>(() => VectorSigner().Sign("GET", target, "1"));
    }

    [Theory]
    [InlineData("G ET", "1")]
    [InlineData("GET\n", "1")]
    [InlineData("GET", "")]
    [InlineData("GET", "17e12")]
    public void Sign_rejects_malformed_method_or_timestamp(string method, string timestamp)
    {
        Assert.Throws<ArgumentException>(() => VectorSigner().Sign(method, "/x", timestamp));
    }

    [Theory]
    [InlineData("", "s")]
    [InlineData("a\nb", "s")]
    [InlineData("a", " s")]
    public void Constructor_rejects_malformed_keys(string accessKey, string secretKey)
    {
        Assert.Throws<ArgumentException>(() => new ApiGatewaySigner(accessKey, secretKey));
    }
}
