using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Http;
using NaverWorks.Provisioning;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Api;

public class DirectoryLookupTests
{
    [Fact]
    public async Task Names_ids_and_external_keys_resolve_through_one_listing_per_kind()
    {
        await using var api = await EmulatorApi.StartAsync(new EmulatorOptions { SeedUsers = 1, RateLimitPerMinute = 0 });
        var lookup = new DirectoryLookup(api.Transport, null);
        var hr = api.Server.Tenant.FindOrgUnitByName("인사팀")!;
        var resolved = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => lookup.ResolveAsync(ReferenceKind.OrgUnit, "인사팀", "OrgUnit", RequestContext.None)));
        Assert.All(resolved, id => Assert.Equal(hr.OrgUnitId, id));
        Assert.Equal(hr.OrgUnitId, await lookup.ResolveAsync(ReferenceKind.OrgUnit, "externalKey:SEED-HR", "OrgUnit", RequestContext.None));
        Assert.Equal(hr.OrgUnitId, await lookup.ResolveAsync(ReferenceKind.OrgUnit, hr.OrgUnitId, "OrgUnit", RequestContext.None));
        Assert.Single(api.Server.Requests.ForRoute("GET /orgunits"));
    }

    [Fact]
    public async Task An_ambiguous_or_unknown_name_is_an_error_never_a_guess()
    {
        await using var api = await EmulatorApi.StartAsync();
        var east = api.Server.Tenant.AddOrgUnit("East");
        var west = api.Server.Tenant.AddOrgUnit("West", displayOrder: 2);
        api.Server.Tenant.AddOrgUnit("Sales", east.OrgUnitId);
        api.Server.Tenant.AddOrgUnit("Sales", west.OrgUnitId);
        var lookup = new DirectoryLookup(api.Transport, null);
        var ambiguous = await Assert.ThrowsAsync<InvalidFieldException>(() => lookup.ResolveAsync(ReferenceKind.OrgUnit, "sales", "OrgUnit", RequestContext.None));
        Assert.Contains("2 org units are named 'sales'", ambiguous.Message);
        Assert.Contains("under 'East'", ambiguous.Message);
        var unknown = await Assert.ThrowsAsync<InvalidFieldException>(() => lookup.ResolveAsync(ReferenceKind.OrgUnit, "Sale", "OrgUnit", RequestContext.None));
        Assert.Equal("OrgUnit", unknown.Field);
        Assert.Contains("Did you mean 'Sales'", unknown.Message);
    }

    [Fact]
    public async Task A_unit_created_during_the_run_can_be_named_by_later_rows()
    {
        await using var api = await EmulatorApi.StartAsync();
        var lookup = new DirectoryLookup(api.Transport, null);
        await lookup.LoadAsync(ReferenceKind.OrgUnit, RequestContext.None);
        lookup.Remember(ReferenceKind.OrgUnit, "orgunit-new", "Brand new", null);
        Assert.Equal("orgunit-new", await lookup.ResolveAsync(ReferenceKind.OrgUnit, "Brand new", "Parent", RequestContext.None));
        Assert.Single(api.Server.Requests.ForRoute("GET /orgunits"));
    }
}
