using System;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands.OrgUnits;

public class OrgUnitCmdletTests
{
    [Fact]
    public async Task A_csv_of_units_names_parents_created_by_earlier_rows_and_every_write_is_paced()
    {
        var interval = TimeSpan.FromMilliseconds(100);
        await using var env = await EmulatorRunspace.StartAsync(new EmulatorOptions { RateLimitPerMinute = 0, OrgUnitWriteInterval = interval });
        var r = env.Invoke(@"
            @(
                [pscustomobject]@{ Name = 'HQ'; Parent = ''; DisplayOrder = '1'; ExternalKey = 'HQ'; Email = 'hq@example.com' }
                [pscustomobject]@{ Name = 'Development'; Parent = 'HQ'; DisplayOrder = '1'; ExternalKey = ''; Email = '' }
                [pscustomobject]@{ Name = 'QA'; Parent = 'Development'; DisplayOrder = '2'; ExternalKey = 'QA'; Email = '' }
                [pscustomobject]@{ Name = 'Sales'; Parent = 'externalKey:HQ'; DisplayOrder = ''; ExternalKey = ''; Email = '' }
            ) | New-WorksOrgUnit").ThrowOnError();
        Assert.Equal(new[] { "HQ", "Development", "QA", "Sales" }, r.Output.Select(o => ((OrgUnit)o.BaseObject).Name));
        var tenant = env.Server.Tenant;
        var hq = tenant.FindOrgUnit("externalKey:HQ")!;
        Assert.Null(hq.ParentOrgUnitId);
        Assert.Equal(hq.OrgUnitId, tenant.FindOrgUnitByName("Development")!.ParentOrgUnitId);
        Assert.Equal(tenant.FindOrgUnitByName("Development")!.OrgUnitId, tenant.FindOrgUnitByName("QA")!.ParentOrgUnitId);
        Assert.Equal(hq.OrgUnitId, tenant.FindOrgUnitByName("Sales")!.ParentOrgUnitId);
        var writes = env.Server.Requests.ForRoute("POST /orgunits");
        Assert.All(writes, w => Assert.Equal(201, w.Status)); // never a 429 from the pacing rule
        var times = writes.Select(w => w.Timestamp).ToList();
        for (int i = 1; i < times.Count; i++) Assert.True(times[i] - times[i - 1] >= interval - TimeSpan.FromMilliseconds(5));
    }

    [Fact]
    public async Task Set_moves_a_unit_to_a_new_parent_and_Remove_deletes_it()
    {
        await using var env = await EmulatorRunspace.StartAsync();
        var tenant = env.Server.Tenant;
        var a = tenant.AddOrgUnit("A");
        var b = tenant.AddOrgUnit("B", displayOrder: 2);
        var leaf = tenant.AddOrgUnit("Leaf", a.OrgUnitId);
        var r = env.Invoke("Get-WorksOrgUnit -Name Leaf | Set-WorksOrgUnit -Parent B -Description 'Now under B' -PassThru").ThrowOnError();
        var moved = r.Single<OrgUnit>();
        Assert.Equal(b.OrgUnitId, moved.ParentId);
        Assert.Equal("Now under B", moved.Description);
        env.Invoke("Set-WorksOrgUnit -Id $id -TopLevel", new() { ["id"] = leaf.OrgUnitId }).ThrowOnError();
        Assert.Null(tenant.FindOrgUnit(leaf.OrgUnitId)!.ParentOrgUnitId);
        env.Invoke("Get-WorksOrgUnit -Id $id | Remove-WorksOrgUnit -Confirm:$false", new() { ["id"] = leaf.OrgUnitId }).ThrowOnError();
        Assert.Null(tenant.FindOrgUnit(leaf.OrgUnitId));
    }

    [Fact]
    public async Task Get_filters_by_name_with_wildcards_and_First_counts_matches()
    {
        await using var env = await EmulatorRunspace.StartAsync(new EmulatorOptions { SeedUsers = 1, RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero });
        var r = env.Invoke("Get-WorksOrgUnit -Name '*영업*'").ThrowOnError();
        Assert.Equal(new[] { "영업본부", "국내영업팀", "해외영업팀" }, r.Output.Select(o => ((OrgUnit)o.BaseObject).Name));
        Assert.Equal(2, env.Invoke("Get-WorksOrgUnit -Name '*영업*' -First 2").ThrowOnError().Output.Count);
        var byUser = env.Invoke("Get-WorksUser -First 2 | Where-Object { $_.OrgUnitId } | Get-WorksOrgUnit").ThrowOnError();
        Assert.Single(byUser.Output);
    }

    [Fact]
    public async Task A_bad_name_is_refused_before_any_write()
    {
        await using var env = await EmulatorRunspace.StartAsync();
        var r = env.Invoke("New-WorksOrgUnit -Name 'R&D #1'");
        Assert.StartsWith("R&D #1: Name:", Assert.Single(r.Errors).ErrorDetails.Message);
        Assert.Empty(env.Server.Requests.ForRoute("POST /orgunits"));
    }
}
