using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

public sealed class WorkplacePagingTests(WorkplaceEmulatorFixture fixture) : IClassFixture<WorkplaceEmulatorFixture>
{
    private WorkplaceEmulatorHost Host => fixture.Host;

    private static string[] Keys(JsonObject list) => list["elements"]!.AsArray().Select(e => (string)e!["externalKey"]!).ToArray();

    private async Task<WorkplaceTestClient> CompanyWithGrades(int count)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        for (int i = 0; i < count; i++)
        {
            WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Grade, $"g{i:D3}", WorkplaceBodies.Code($"Grade {i}", i.ToString())), HttpStatusCode.Created);
        }

        return client;
    }

    [Fact]
    public async Task Offset_and_limit_page_in_creation_order_with_the_total_count()
    {
        WorkplaceTestClient client = await CompanyWithGrades(5);

        JsonObject page = WorkplaceAssert.Status(await client.ListAsync(WorkplaceResource.Grade, 1, 2), HttpStatusCode.OK);

        Assert.Equal(["g001", "g002"], Keys(page));
        Assert.Equal(5, (int)page["totalCount"]!);
        Assert.Equal(["g004"], Keys(WorkplaceAssert.Status(await client.ListAsync(WorkplaceResource.Grade, 4, 2), HttpStatusCode.OK)));
        JsonObject beyond = WorkplaceAssert.Status(await client.ListAsync(WorkplaceResource.Grade, 50, 10), HttpStatusCode.OK);
        Assert.Empty(Keys(beyond));
        Assert.Equal(5, (int)beyond["totalCount"]!);
    }

    [Fact]
    public async Task Default_limit_is_100_and_so_is_the_maximum()
    {
        WorkplaceTestClient client = await CompanyWithGrades(101);

        JsonObject page = WorkplaceAssert.Status(await client.ListAsync(WorkplaceResource.Grade), HttpStatusCode.OK);
        Assert.Equal(100, Keys(page).Length);
        Assert.Equal(101, (int)page["totalCount"]!);
        Assert.Equal(100, Keys(WorkplaceAssert.Status(await client.ListAsync(WorkplaceResource.Grade, 0, 100), HttpStatusCode.OK)).Length);
        Assert.Equal(["limit"], WorkplaceAssert.Invalid(await client.ListAsync(WorkplaceResource.Grade, 0, 101)));
    }

    [Theory]
    [InlineData("?offset=0&limit=0", "limit")]
    [InlineData("?offset=-1&limit=10", "offset")]
    [InlineData("?offset=0&limit=abc", "limit")]
    [InlineData("?offset=0&limit=1e2", "limit")]
    [InlineData("?offset=0&offset=1", "offset")]
    [InlineData("?offset=0&limit=10&page=2", "page")]
    [InlineData("?Offset=0", "Offset")]
    public async Task Bad_paging_parameters_are_400(string query, string field)
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        var fields = WorkplaceAssert.Invalid(await client.SendAsync(HttpMethod.Get, WorkplacePaths.Collection(client.CompanyId, WorkplaceResource.Department) + query));

        Assert.Equal([field], fields);
    }

    [Fact]
    public async Task Item_routes_take_no_query()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        Assert.Equal(["offset"], WorkplaceAssert.Invalid(await client.SendAsync(HttpMethod.Get, WorkplacePaths.Item(client.CompanyId, WorkplaceResource.Department, "dept0000") + "?offset=0")));
    }
}
