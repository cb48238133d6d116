using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

public sealed class WorkplaceConcurrencyTests(WorkplaceEmulatorFixture fixture) : IClassFixture<WorkplaceEmulatorFixture>
{
    private WorkplaceEmulatorHost Host => fixture.Host;

    [Fact]
    public async Task Five_hundred_employees_with_eight_parallel_writers_all_land_once()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1")), HttpStatusCode.Created);
        var empIds = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 500), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            JsonObject body = WorkplaceBodies.Employee($"user{i:D3}@example.by-works.com", i % 2 == 0 ? "d1" : "dept0000");
            JsonObject element = WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Employee, $"emp{i:D3}", body), HttpStatusCode.Created);
            empIds.Add((string)element["empId"]!);
        });

        Assert.Equal(500, Host.Tenant.Count(client.CompanyId, WorkplaceResourceNames.Employee));
        Assert.Equal(500, empIds.Distinct().Count());

        var listed = new List<string>();
        for (int offset = 0; ; offset += 100)
        {
            JsonObject page = WorkplaceAssert.Status(await client.ListAsync(WorkplaceResource.Employee, offset, 100), HttpStatusCode.OK);
            Assert.Equal(500, (int)page["totalCount"]!);
            JsonArray elements = page["elements"]!.AsArray();
            if (elements.Count == 0)
            {
                break;
            }

            listed.AddRange(elements.Select(e => (string)e!["externalKey"]!));
        }

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"emp{i:D3}").Order(), listed.Order());
    }

    [Fact]
    public async Task Racing_creates_of_one_key_yield_exactly_one_201()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        WorkplaceReply[] replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            client.CreateAsync(WorkplaceResource.Employee, "same", WorkplaceBodies.Employee($"u{i}@example.by-works.com", "dept0000"))));

        Assert.Single(replies, r => r.Status == HttpStatusCode.Created);
        Assert.All(replies.Where(r => r.Status != HttpStatusCode.Created), r => WorkplaceAssert.Application(r, HttpStatusCode.Conflict, "DUPLICATE_EXTERNAL_KEY"));
    }

    [Fact]
    public async Task Racing_creates_of_one_login_id_yield_exactly_one_201()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();

        WorkplaceReply[] replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            client.CreateAsync(WorkplaceResource.Employee, $"e{i}", WorkplaceBodies.Employee("same@example.by-works.com", "dept0000"))));

        Assert.Single(replies, r => r.Status == HttpStatusCode.Created);
    }

    [Fact]
    public async Task Deleting_a_department_while_employees_join_it_never_orphans_anyone()
    {
        WorkplaceTestClient client = Host.NewCompanyClient();
        WorkplaceAssert.Status(await client.CreateAsync(WorkplaceResource.Department, "d1", WorkplaceBodies.Department("d1")), HttpStatusCode.Created);

        Task<WorkplaceReply>[] joins = Enumerable.Range(0, 20).Select(i =>
            client.CreateAsync(WorkplaceResource.Employee, $"e{i}", WorkplaceBodies.Employee($"u{i}@example.by-works.com", "d1"))).ToArray();
        WorkplaceReply delete = await client.DeleteAsync(WorkplaceResource.Department, "d1");
        WorkplaceReply[] joined = await Task.WhenAll(joins);

        bool departmentGone = Host.Tenant.Find(client.CompanyId, WorkplaceResourceNames.Department, "d1") is null;
        int members = joined.Count(r => r.Status == HttpStatusCode.Created);
        Assert.True(departmentGone ? members == 0 : members > 0 && delete.Status == HttpStatusCode.Conflict, $"gone={departmentGone} members={members} delete={delete.Status}");
    }
}
