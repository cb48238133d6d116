using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

public sealed class WorkplaceCrudTests(WorkplaceEmulatorFixture fixture) : IClassFixture<WorkplaceEmulatorFixture>
{
    private WorkplaceEmulatorHost Host => fixture.Host;

    private static readonly string[] DepartmentElementFields = WorkplaceFixtures.Load("department-list-response.json")["elements"]![0]!
        .AsObject().Select(p => p.Key).ToArray();

    [Fact]
    public async Task Department_create_returns_201_with_the_documented_element_and_a_location()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        WorkplaceReply reply = await client.CreateAsync(WorkplaceResource.Department, "dept0002", WorkplaceFixtures.Body("department-create.json"));

        JsonObject element = WorkplaceAssert.Status(reply, HttpStatusCode.Created);
        Assert.Equal(DepartmentElementFields, element.Select(p => p.Key));
        Assert.Equal(WorkplacePaths.Item(client.CompanyId, WorkplaceResource.Department, "dept0002"), reply.Headers.Location!.OriginalString);
        Assert.Equal(client.CompanyId, (string)element["companyId"]!);
        Assert.Equal(client.CompanyId, (string)element["tenantId"]!);
        Assert.Equal("dept0002", (string)element["externalKey"]!);
        Assert.Equal("플랫폼팀", (string)element["i18nNames"]!["ko_KR"]!);
        Assert.Equal("dept0000", (string)element["parentDeptExternalKey"]!);
        Assert.Equal(client.CompanyId, (string)element["parentDeptNo"]!); // the root's deptNo is the company id
        Assert.True(Guid.TryParse((string)element["deptNo"]!, out _));
        Assert.Equal("2.0", (string)element["dispOrd"]!);                 // stored as a number: compare numerically
        Assert.False((bool)element["externalEmailReceiveYn"]!);
        Assert.Null(element["deptLeaderExternalKey"]);
        Assert.Null(element["deptLeaderEmpId"]);
    }

    [Fact]
    public async Task Department_list_matches_the_fixture_shape_and_shows_the_root_as_top_level()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "dept0002", WorkplaceFixtures.Body("department-create.json")), HttpStatusCode.Created);

        JsonObject list = WorkplaceAssert.Status(await client.ListAsync(WorkplaceResource.Department, 0, 10), HttpStatusCode.OK);

        Assert.Equal(["elements", "totalCount"], list.Select(p => p.Key));
        Assert.Equal(2, (int)list["totalCount"]!);
        JsonObject root = list["elements"]![0]!.AsObject();
        Assert.Equal(DepartmentElementFields, root.Select(p => p.Key));
        Assert.Null(root["parentDeptExternalKey"]);
        Assert.Equal("#", (string)root["parentDeptNo"]!);
        Assert.Equal(client.CompanyId, (string)root["deptNo"]!);
        Assert.Equal("1.0", (string)root["dispOrd"]!);
        Assert.Empty(root["i18nNames"]!.AsObject());
        Assert.Equal("dept0002", (string)list["elements"]![1]!["externalKey"]!);
    }

    [Fact]
    public async Task Get_put_delete_lifecycle_of_a_department()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject created = WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1")), HttpStatusCode.Created);

        JsonObject fetched = WorkplaceAssert.Status(await client.GetAsync(WorkplaceResource.Department, "d1"), HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(created, fetched));

        // Full replace: omitted optional fields are cleared; deptNo stays.
        JsonObject body = WorkplaceBodies.Department("d1", name: "Renamed");
        body.Remove("deptEmailAddress");
        body.Remove("i18nNames");
        body["deptNo"] = (string)created["deptNo"]!;
        JsonObject replaced = WorkplaceAssert.Status(await client.ReplaceAsync(WorkplaceResource.Department, "d1", body), HttpStatusCode.OK);
        Assert.Equal("Renamed", (string)replaced["name"]!);
        Assert.Null(replaced["deptEmailAddress"]);
        Assert.Empty(replaced["i18nNames"]!.AsObject());
        Assert.Equal((string)created["deptNo"]!, (string)replaced["deptNo"]!);

        WorkplaceReply deleted = await client.DeleteAsync(WorkplaceResource.Department, "d1");
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Null(deleted.Json);

        WorkplaceAssert.Application(await client.GetAsync(WorkplaceResource.Department, "d1"), HttpStatusCode.NotFound, "NOT_FOUND");
        WorkplaceAssert.Application(await client.DeleteAsync(WorkplaceResource.Department, "d1"), HttpStatusCode.NotFound, "NOT_FOUND");
        WorkplaceAssert.Application(await client.ReplaceAsync(WorkplaceResource.Department, "d1", body), HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(1, Host.Tenant.Count(client.CompanyId, WorkplaceResourceNames.Department));
    }

    [Fact]
    public async Task Creating_an_existing_key_is_409()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1")), HttpStatusCode.Created);

        Assert.Equal(["externalKey"], WorkplaceAssert.Application(
            await client.CreateAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1")), HttpStatusCode.Conflict, "DUPLICATE_EXTERNAL_KEY"));
        WorkplaceAssert.Application(
            await client.CreateAsync(WorkplaceResource.Department, "dept0000", WorkplaceBodies.Department("dept0000", "#")), HttpStatusCode.Conflict, "DUPLICATE_EXTERNAL_KEY");
    }

    [Fact]
    public async Task Put_on_the_root_department_keeps_it_top_level()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        JsonObject root = WorkplaceAssert.Status(await client.ReplaceAsync(WorkplaceResource.Department, "dept0000", WorkplaceBodies.Department("dept0000", "#", "Example Corp")), HttpStatusCode.OK);

        Assert.Equal("Example Corp", (string)root["name"]!);
        Assert.Null(root["parentDeptExternalKey"]);
        Assert.Equal("#", (string)root["parentDeptNo"]!);
    }

    [Fact]
    public async Task Employee_fixture_creates_with_references_and_the_password_is_never_returned()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "dept0002", WorkplaceBodies.Department("dept0002")), HttpStatusCode.Created);
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.EmploymentType, "type001", WorkplaceBodies.Code("Regular")), HttpStatusCode.Created);
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Grade, "grade03", WorkplaceBodies.Code("Senior Manager")), HttpStatusCode.Created);
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Job, "job01", WorkplaceBodies.Code("Team Lead")), HttpStatusCode.Created);
        JsonObject body = WorkplaceFixtures.Body("employee-create.json");

        JsonObject element = WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, "emp0001", body), HttpStatusCode.Created);

        Assert.True(Guid.TryParse((string)element["empId"]!, out _));
        string deptNo = (string)Host.Tenant.Find(client.CompanyId, WorkplaceResourceNames.Department, "dept0002")!["deptNo"]!;
        Assert.Equal(deptNo, (string)element["deptNo"]!);
        Assert.Equal("emp0001", (string)element["externalKey"]!);
        Assert.DoesNotContain("initializePassword", element.Select(p => p.Key));
        Assert.DoesNotContain("passwordSettingType", element.Select(p => p.Key));
        Assert.DoesNotContain("ChangeMe!2024", element.ToJsonString());
        foreach (string field in body.Select(p => p.Key).Except(["initializePassword", "passwordSettingType"]))
        {
            Assert.True(JsonNode.DeepEquals(body[field], element[field]), field);
        }

        JsonObject listed = WorkplaceAssert.Status(await client.ListAsync(WorkplaceResource.Employee), HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(element, listed["elements"]![0]));
    }

    [Fact]
    public async Task Employee_put_replaces_and_keeps_empId()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1")), HttpStatusCode.Created);
        JsonObject created = WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, "e1", WorkplaceBodies.Employee("e1@example.by-works.com", "dept0000")), HttpStatusCode.Created);

        JsonObject body = WorkplaceBodies.Employee("e1@example.by-works.com", "d1");
        body.Remove("cellphoneNo");
        body.Remove("passwordSettingType");
        body.Remove("initializePassword");
        JsonObject replaced = WorkplaceAssert.Status(await client.ReplaceAsync(WorkplaceResource.Employee, "e1", body), HttpStatusCode.OK);

        Assert.Equal((string)created["empId"]!, (string)replaced["empId"]!);
        Assert.Equal("d1", (string)replaced["deptExternalKey"]!);
        Assert.Null(replaced["cellphoneNo"]);
        Assert.NotEqual((string)created["deptNo"]!, (string)replaced["deptNo"]!);
    }

    [Fact]
    public async Task Duplicate_login_id_is_409_case_insensitively()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, "e1", WorkplaceBodies.Employee("same@example.by-works.com", "dept0000")), HttpStatusCode.Created);

        Assert.Equal(["loginId"], WorkplaceAssert.Application(
            await client.CreateAsync(WorkplaceResource.Employee, "e2", WorkplaceBodies.Employee("SAME@example.by-works.com", "dept0000")), HttpStatusCode.Conflict, "DUPLICATE_LOGIN_ID"));
    }

    [Fact]
    public async Task A_login_id_is_free_again_once_its_employee_takes_another_or_is_deleted()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, "e1", WorkplaceBodies.Employee("first@example.by-works.com", "dept0000")), HttpStatusCode.Created);
        WorkplaceAssert.Status(await client.ReplaceAsync(WorkplaceResource.Employee, "e1", WorkplaceBodies.Employee("renamed@example.by-works.com", "dept0000")), HttpStatusCode.OK);

        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, "e2", WorkplaceBodies.Employee("FIRST@example.by-works.com", "dept0000")), HttpStatusCode.Created);
        Assert.Equal(["loginId"], WorkplaceAssert.Application(
            await client.CreateAsync(WorkplaceResource.Employee, "e3", WorkplaceBodies.Employee("Renamed@example.by-works.com", "dept0000")), HttpStatusCode.Conflict, "DUPLICATE_LOGIN_ID"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(WorkplaceResource.Employee, "e1")).Status);
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, "e3", WorkplaceBodies.Employee("renamed@example.by-works.com", "dept0000")), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData(WorkplaceResource.Grade)]
    [InlineData(WorkplaceResource.Job)]
    [InlineData(WorkplaceResource.EmploymentType)]
    public async Task Code_resources_share_one_shape_and_lifecycle(WorkplaceResource resource)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        JsonObject body = WorkplaceFixtures.Body("grade-create.json");

        JsonObject created = WorkplaceAssert.Status(await client.CreateAsync(resource, "c1", body), HttpStatusCode.Created);
        Assert.Equal(["tenantId", "companyId", "externalKey", "name", "i18nNames", "itemUsed", "sortOrder"], created.Select(p => p.Key));
        Assert.Equal("Senior Manager", (string)created["name"]!);
        Assert.True((bool)created["itemUsed"]!);
        Assert.Equal("3", (string)created["sortOrder"]!);

        Assert.Equal(["name"], WorkplaceAssert.Application(await client.CreateAsync(resource, "c2", body), HttpStatusCode.Conflict, "DUPLICATE_NAME"));

        body["itemUsed"] = false;
        Assert.False((bool)WorkplaceAssert.Status(await client.ReplaceAsync(resource, "c1", body), HttpStatusCode.OK)["itemUsed"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(resource, "c1")).Status);
        Assert.Equal(0, Host.Tenant.Count(client.CompanyId, WorkplacePaths.Segment(resource)));
    }

    [Theory]
    [InlineData(WorkplaceResource.Grade, "gradeCdExternalKey")]
    [InlineData(WorkplaceResource.Job, "jobCdExternalKey")]
    [InlineData(WorkplaceResource.EmploymentType, "empTypeExternalKey")]
    public async Task A_code_used_by_an_employee_cannot_be_deleted(WorkplaceResource resource, string employeeField)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(resource, "c1", WorkplaceBodies.Code("Used")), HttpStatusCode.Created);
        JsonObject employee = WorkplaceBodies.Employee("e1@example.by-works.com", "dept0000");
        employee[employeeField] = "c1";
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, "e1", employee), HttpStatusCode.Created);

        WorkplaceAssert.Application(await client.DeleteAsync(resource, "c1"), HttpStatusCode.Conflict, "IN_USE");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(WorkplaceResource.Employee, "e1")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(resource, "c1")).Status);
    }

    [Fact]
    public async Task Responses_are_utf8_json()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceReply reply = await client.ListAsync(WorkplaceResource.Department);
        Assert.Equal("application/json", reply.ContentHeaders!.ContentType!.MediaType);
        Assert.Equal("utf-8", reply.ContentHeaders.ContentType.CharSet);
    }
}
