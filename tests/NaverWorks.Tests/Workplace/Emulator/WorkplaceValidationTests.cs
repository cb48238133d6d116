using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

public sealed class WorkplaceValidationTests(WorkplaceEmulatorFixture fixture) : IClassFixture<WorkplaceEmulatorFixture>
{
    private WorkplaceEmulatorHost Host => fixture.Host;

    [Fact]
    public async Task Every_missing_required_department_field_is_reported_at_once()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        var fields = WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Department, "d1", new JsonObject()));

        Assert.Equal(["deptExternalKey", "dispOrd", "name", "parentDeptExternalKey"], fields.Order());
        Assert.Equal(1, Host.Tenant.Count(client.CompanyId, "department"));
    }

    [Fact]
    public async Task Every_missing_required_employee_field_is_reported_at_once()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        var fields = WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Employee, "e1", new JsonObject()));

        Assert.Equal(["concurrentDeptExternalKeys", "deptExternalKey", "emailAddress", "employYmd", "loginId", "name"], fields.Order());
    }

    [Theory]
    [InlineData("name", 101)]
    [InlineData("deptEmailAddress", 101)]
    [InlineData("dispOrd", 11)]
    public async Task Department_lengths_from_the_doc_are_enforced(string field, int length)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject body = WorkplaceBodies.Department("d1");
        body[field] = field == "deptEmailAddress" ? new string('a', length - 12) + "@example.com" : field == "dispOrd" ? new string('1', length) : new string('n', length);

        Assert.Equal([field], WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Department, "d1", body)));

        body[field] = field == "deptEmailAddress" ? new string('a', length - 13) + "@example.com" : field == "dispOrd" ? new string('1', length - 1) : new string('n', length - 1);
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "d1", body), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("externalEmailReceiveYN", "true")]      // misspelt casing seen in a public client
    [InlineData("externalEmailReceiveYn", "\"true\"")]  // string for a boolean
    [InlineData("dispOrd", "2")]                        // number for a String
    [InlineData("dispOrd", "\"first\"")]
    [InlineData("deptEmailAddress", "\"not-an-email\"")]
    [InlineData("deptEmailAddress", "\"\"")]            // empty optional: omit it instead
    [InlineData("i18nNames", "{\"fr_FR\":\"Équipe\"}")]
    [InlineData("i18nNames", "[\"x\"]")]
    [InlineData("deptExternalKey", "\"other\"")]        // must equal the path key
    [InlineData("deptNo", "\"5b0d2a57-0c3e-4b8e-9f5e-2a1f0e6c9d11\"")] // assigned by the server
    public async Task Department_field_errors_name_the_field(string field, string json)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject body = WorkplaceBodies.Department("d1");
        body[field] = JsonNode.Parse(json);

        var fields = WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Department, "d1", body));

        Assert.Single(fields, f => f.StartsWith(field));
    }

    [Theory]
    [InlineData("employYmd", "\"2024-02-30\"")]
    [InlineData("employYmd", "\"20240301\"")]
    [InlineData("birthYmd", "\"17/05/1990\"")]
    [InlineData("genderCd", "\"M\"")]
    [InlineData("emailAddress", "\"hong\"")]
    [InlineData("loginId", "\"hong\"")]
    [InlineData("empNick", "\"gil dong\"")]
    [InlineData("empNick", "\"gil#dong\"")]
    [InlineData("localeTypeCd", "\"ko-KR\"")]
    [InlineData("tmznTypeCd", "\"+09:00\"")]
    [InlineData("telephoneNo", "\"02-1234-567x\"")]
    [InlineData("deptExternalKey", "\"nope\"")]
    [InlineData("concurrentDeptExternalKeys", "[\"nope\"]")]
    [InlineData("concurrentDeptExternalKeys", "[\"dept0000\"]")]  // repeats the primary department
    [InlineData("concurrentDeptExternalKeys", "\"dept0000\"")]
    [InlineData("gradeCdExternalKey", "\"nope\"")]
    [InlineData("jobCdExternalKey", "\"nope\"")]
    [InlineData("empTypeExternalKey", "\"nope\"")]
    [InlineData("passwordSettingType", "\"USER\"")]
    [InlineData("initializePassword", "null")]                      // ADMIN without a password
    [InlineData("gradeExternalKey", "\"g1\"")]                      // the v1 name is not a v2 field
    public async Task Employee_field_errors_name_the_field(string field, string json)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject body = WorkplaceBodies.Employee("e1@example.by-works.com", "dept0000");
        body[field] = JsonNode.Parse(json);

        var fields = WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Employee, "e1", body));

        Assert.Single(fields, f => f.StartsWith(field));
    }

    [Fact]
    public async Task Password_needs_a_setting_type()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject body = WorkplaceBodies.Employee("e1@example.by-works.com", "dept0000");
        body.Remove("passwordSettingType");

        Assert.Equal(["initializePassword"], WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Employee, "e1", body)));
    }

    [Theory]
    [InlineData("itemUsed", "\"true\"")]
    [InlineData("itemUsed", "null")]
    [InlineData("sortOrder", "3")]
    [InlineData("sortOrder", "\"-1\"")]
    [InlineData("name", "\"\"")]
    public async Task Code_field_errors_name_the_field(string field, string json)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject body = WorkplaceBodies.Code("Manager");
        body[field] = JsonNode.Parse(json);

        Assert.Equal([field], WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Grade, "g1", body)));
    }

    [Theory]
    [InlineData("1234567890123456789012345678901234567")] // 37 > String(36)
    [InlineData("a#b")]
    [InlineData(" lead")]
    public async Task Path_external_key_rules(string key)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        Assert.Equal(["externalKey"], WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Grade, key, WorkplaceBodies.Code("x"))));
    }

    [Fact]
    public async Task A_36_character_key_is_accepted()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        string key = new('k', 36);
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Grade, key, WorkplaceBodies.Code("x")), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"name\":\"a\",\"name\":\"b\",\"itemUsed\":true,\"sortOrder\":\"1\"}")]
    public async Task Unparseable_or_non_object_bodies_are_invalid_json(string text)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        string path = WorkplacePaths.Item(client.CompanyId, WorkplaceResource.Grade, "g1");
        using var request = new HttpRequestMessage(HttpMethod.Post, new System.Uri(Host.BaseAddress, path))
        {
            Content = new StringContent(text, Encoding.UTF8, "application/json"),
        };
        client.Signer.Apply(request, () => System.DateTimeOffset.UtcNow);

        WorkplaceAssert.Application(await client.SendRawAsync(request), HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task Bodies_must_be_application_json(string? mediaType)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        string path = WorkplacePaths.Item(client.CompanyId, WorkplaceResource.Grade, "g1");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(WorkplaceBodies.Code("x").ToJsonString()));
        if (mediaType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new System.Uri(Host.BaseAddress, path)) { Content = content };
        client.Signer.Apply(request, () => System.DateTimeOffset.UtcNow);

        WorkplaceAssert.Application(await client.SendRawAsync(request), HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task Oversized_bodies_are_the_gateway_413()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject body = WorkplaceBodies.Code(new string('x', 1024 * 1024));

        WorkplaceAssert.Gateway(await client.CreateAsync(WorkplaceResource.Grade, "g1", body), HttpStatusCode.RequestEntityTooLarge, "430", "Request Entity Too Large");
    }

    [Fact]
    public async Task A_rejected_put_changes_nothing()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject before = WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Grade, "g1", WorkplaceBodies.Code("Keep")), HttpStatusCode.Created);
        JsonObject bad = WorkplaceBodies.Code("Changed");
        bad.Remove("itemUsed");

        WorkplaceAssert.Invalid(await client.ReplaceAsync(WorkplaceResource.Grade, "g1", bad));

        Assert.True(JsonNode.DeepEquals(before, WorkplaceAssert.Status(await client.GetAsync(WorkplaceResource.Grade, "g1"), HttpStatusCode.OK)));
    }
}
