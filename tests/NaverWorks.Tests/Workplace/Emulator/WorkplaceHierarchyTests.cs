using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

public sealed class WorkplaceHierarchyTests(WorkplaceEmulatorFixture fixture) : IClassFixture<WorkplaceEmulatorFixture>
{
    private WorkplaceEmulatorHost Host => fixture.Host;

    private static async Task Create(WorkplaceTestClient client, string key, string parent) =>
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, key, WorkplaceBodies.Department(key, parent)), HttpStatusCode.Created);

    [Fact]
    public async Task The_parent_must_exist()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        Assert.Equal(["parentDeptExternalKey"], WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1", "missing"))));
    }

    [Fact]
    public async Task A_company_has_exactly_one_top_level_department()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        Assert.Equal(["parentDeptExternalKey"], WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1", "#"))));
        await Create(client, "d1", "dept0000");
        Assert.Equal(["parentDeptExternalKey"], WorkplaceAssert.Invalid(await client.ReplaceAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1", "#"))));
        Assert.Equal(["parentDeptExternalKey"], WorkplaceAssert.Invalid(await client.ReplaceAsync(WorkplaceResource.Department, "dept0000", WorkplaceBodies.Department("dept0000", "d1"))));
    }

    [Fact]
    public async Task Moves_may_not_create_cycles()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        await Create(client, "a", "dept0000");
        await Create(client, "b", "a");
        await Create(client, "c", "b");

        Assert.Equal(["parentDeptExternalKey"], WorkplaceAssert.Invalid(await client.ReplaceAsync(WorkplaceResource.Department, "a", WorkplaceBodies.Department("a", "c"))));
        Assert.Equal(["parentDeptExternalKey"], WorkplaceAssert.Invalid(await client.ReplaceAsync(WorkplaceResource.Department, "a", WorkplaceBodies.Department("a", "a"))));

        JsonObject moved = WorkplaceAssert.Status(await client.ReplaceAsync(WorkplaceResource.Department, "c", WorkplaceBodies.Department("c", "a")), HttpStatusCode.OK);
        Assert.Equal("a", (string)moved["parentDeptExternalKey"]!);
    }

    [Fact]
    public async Task ParentDeptNo_when_echoed_must_match()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        await Create(client, "a", "dept0000");
        JsonObject body = WorkplaceBodies.Department("b", "a");
        body["parentDeptNo"] = client.CompanyId; // the root's deptNo, not a's

        Assert.Equal(["parentDeptNo"], WorkplaceAssert.Invalid(await client.CreateAsync(WorkplaceResource.Department, "b", body)));

        body["parentDeptNo"] = (string)Host.Tenant.Find(client.CompanyId, "department", "a")!["deptNo"]!;
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "b", body), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_department_with_sub_departments_cannot_be_deleted()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        await Create(client, "a", "dept0000");
        await Create(client, "b", "a");

        WorkplaceAssert.Application(await client.DeleteAsync(WorkplaceResource.Department, "a"), HttpStatusCode.Conflict, "DEPARTMENT_NOT_EMPTY");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(WorkplaceResource.Department, "b")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(WorkplaceResource.Department, "a")).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_department_with_employees_cannot_be_deleted(bool concurrentOnly)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        await Create(client, "a", "dept0000");
        JsonObject employee = WorkplaceBodies.Employee("e1@example.by-works.com", concurrentOnly ? "dept0000" : "a");
        if (concurrentOnly)
        {
            employee["concurrentDeptExternalKeys"] = new JsonArray("a");
        }

        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, "e1", employee), HttpStatusCode.Created);

        WorkplaceAssert.Application(await client.DeleteAsync(WorkplaceResource.Department, "a"), HttpStatusCode.Conflict, "DEPARTMENT_NOT_EMPTY");
    }

    [Fact]
    public async Task The_top_level_department_cannot_be_deleted()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        WorkplaceAssert.Application(await client.DeleteAsync(WorkplaceResource.Department, "dept0000"), HttpStatusCode.BadRequest, "ROOT_DEPARTMENT");
    }

    [Fact]
    public async Task A_company_can_be_seeded_with_another_root_key()
    {
        var credentials = Host.Tenant.AddCompany(rootDepartmentExternalKey: "HQ", rootDepartmentName: "Head Office");
        WorkplaceTestClient client = Host.Client(credentials);

        JsonObject root = WorkplaceAssert.Status(await client.GetAsync(WorkplaceResource.Department, "HQ"), HttpStatusCode.OK);

        Assert.Equal("Head Office", (string)root["name"]!);
        await Create(client, "a", "HQ");
    }
}
