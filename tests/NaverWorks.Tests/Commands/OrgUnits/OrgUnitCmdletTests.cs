using System;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Commands.OrgUnits;

public class OrgUnitCmdletTests
{
    private static Task<EmulatedTenant> Tenant(int users = 0) =>
        EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: users), connectShell: true);

    [Fact]
    public async Task A_csv_of_units_names_parents_created_by_earlier_rows_and_every_write_is_paced()
    {
        var interval = TimeSpan.FromMilliseconds(100);
        await using var env = await EmulatedTenant.StartAsync(new EmulatorOptions { RateLimitPerMinute = 0, OrgUnitWriteInterval = interval }, connectShell: true);
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

    // A structure built from scratch: a division with an external key, and teams without one (named by the parent's
    // name, by externalKey:KEY, and by -ParentId in its externalKey: form).
    private const string Structure = @"
        $structure = @(
            [pscustomobject]@{ Name = 'HQ'; Parent = ''; ParentId = ''; ExternalKey = 'HQ' }
            [pscustomobject]@{ Name = 'Development'; Parent = 'HQ'; ParentId = ''; ExternalKey = '' }
            [pscustomobject]@{ Name = 'QA'; Parent = 'Development'; ParentId = ''; ExternalKey = '' }
            [pscustomobject]@{ Name = 'Sales'; Parent = 'externalKey:HQ'; ParentId = ''; ExternalKey = '' }
            [pscustomobject]@{ Name = 'Support'; Parent = ''; ParentId = 'externalKey:HQ'; ExternalKey = '' }
        )";

    private static int Named(EmulatedTenant env, string name) => env.Server.Tenant.GetOrgUnits().Count(o => o.OrgUnitName == name);

    [Fact]
    public async Task A_csv_run_again_with_SkipExisting_creates_nothing_new_and_reports_every_row()
    {
        await using var env = await Tenant();
        SkipExistingRun.Twice(env, Structure + "; $structure | New-WorksOrgUnit", ["HQ", "Development", "QA", "Sales", "Support"], "/orgunits",
            () => env.Server.Tenant.OrgUnitCount, name => env.Server.Tenant.FindOrgUnitByName(name)!.OrgUnitId);
    }

    [Fact]
    public async Task Without_SkipExisting_a_second_run_duplicates_the_units_without_an_external_key()
    {
        await using var env = await Tenant();
        env.Invoke(Structure + "; $structure | New-WorksOrgUnit").ThrowOnError();

        var again = env.Invoke(Structure + "; $structure | New-WorksOrgUnit");
        // The service refuses only the unit whose external key is taken, and its advice names -SkipExisting.
        SkipExistingRun.AssertRefusedWithAdvice(again.Errors.First(), "Row 1 (HQ)", "New-WorksOrgUnit");
        // The units without one are created a second time (which is why -SkipExisting exists)...
        Assert.Equal(2, Named(env, "Development"));
        Assert.Equal(2, Named(env, "Sales"));
        Assert.Equal(2, Named(env, "Support"));
        // ...and a name that now means two units no longer resolves.
        Assert.Contains(again.Errors, e => e.ErrorDetails.Message.StartsWith("Row 3 (QA): Parent: 2 org units are named 'Development'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SkipExisting_matches_a_name_under_the_same_parent_only_and_ignores_case()
    {
        await using var env = await Tenant(users: 1);
        var r = env.Invoke(@"
            @(
                [pscustomobject]@{ Name = '인사팀'; Parent = '경영지원본부' }
                [pscustomobject]@{ Name = '인사팀'; Parent = '개발본부' }
                [pscustomobject]@{ Name = 'platform'; Parent = '' }
                [pscustomobject]@{ Name = 'PLATFORM'; Parent = '' }
            ) | New-WorksOrgUnit -SkipExisting -Verbose").ThrowOnError();
        // The first already exists under that parent; the second is a new unit elsewhere; the fourth is the third.
        Assert.Equal(new long[] { 2, 3 }, r.Output.Select(o => (long)o.Properties["Row"].Value));
        Assert.Contains(r.Verbose, v => v.StartsWith("Row 1 (인사팀): already exists as ", StringComparison.Ordinal));
        Assert.Contains(r.Verbose, v => v.StartsWith("Row 4 (PLATFORM): already exists as ", StringComparison.Ordinal));
        Assert.Equal(2, Named(env, "인사팀"));
    }

    [Fact]
    public async Task SkipExisting_still_reports_a_conflict_on_another_unique_value()
    {
        await using var env = await Tenant();
        env.Server.Tenant.AddOrgUnit("Owner", email: "team@example.com");
        var r = env.Invoke("New-WorksOrgUnit -Name 'Newcomer' -Email team@example.com -SkipExisting");
        Assert.Equal(System.Management.Automation.ErrorCategory.ResourceExists, Assert.Single(r.Errors).CategoryInfo.Category);
        Assert.Empty(r.Output);
        Assert.Equal(0, Named(env, "Newcomer"));
    }

    [Fact]
    public async Task WhatIf_resolves_parents_that_earlier_rows_would_create_and_sends_nothing()
    {
        await using var env = await Tenant();
        int units = env.Server.Tenant.OrgUnitCount;
        env.Server.Requests.Clear();
        var r = env.Invoke(Structure + "; $structure | New-WorksOrgUnit -WhatIf").ThrowOnError();
        Assert.Empty(r.Output);
        Assert.All(env.Server.Requests.Entries, e => Assert.Equal("GET", e.Method));
        Assert.Equal(units, env.Server.Tenant.OrgUnitCount);
        // A parent that no row creates and that does not exist is still an error.
        var orphan = env.Invoke(Structure + "; @($structure; [pscustomobject]@{ Name = 'Lost'; Parent = 'Nowhere'; ParentId = ''; ExternalKey = '' }) | New-WorksOrgUnit -WhatIf");
        Assert.StartsWith("Row 6 (Lost): Parent: no org unit is named 'Nowhere'", Assert.Single(orphan.Errors).ErrorDetails.Message);
    }

    [Fact]
    public async Task WhatIf_with_SkipExisting_says_which_rows_would_be_skipped()
    {
        await using var env = await Tenant();
        env.Invoke(Structure + "; $structure[0..1] | New-WorksOrgUnit").ThrowOnError();
        env.Server.Requests.Clear();
        var r = env.Invoke(Structure + "; $structure | New-WorksOrgUnit -WhatIf -SkipExisting -Verbose").ThrowOnError();
        Assert.All(env.Server.Requests.Entries, e => Assert.Equal("GET", e.Method));
        var hq = env.Server.Tenant.FindOrgUnit("externalKey:HQ")!;
        Assert.Contains($"Row 1 (HQ): already exists as {hq.OrgUnitId}; would be skipped.", r.Verbose);
        Assert.Contains(r.Verbose, v => v.StartsWith("Row 2 (Development): already exists as ", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Verbose, v => v.StartsWith("Row 3 (QA): already exists", StringComparison.Ordinal));
        // Without -SkipExisting the rehearsal shows what the real run would meet: HQ's key is taken, and a second
        // Development makes QA's parent ambiguous.
        var plain = env.Invoke(Structure + "; $structure | New-WorksOrgUnit -WhatIf");
        Assert.Equal(2, plain.Errors.Count);
        Assert.StartsWith($"Row 1 (HQ): ExternalKey: 'HQ' is already used by the org unit {hq.OrgUnitId}", plain.Errors[0].ErrorDetails.Message);
        Assert.StartsWith("Row 3 (QA): Parent: 2 org units are named 'Development'", plain.Errors[1].ErrorDetails.Message);
    }

    [Fact]
    public async Task Set_moves_a_unit_to_a_new_parent_and_Remove_deletes_it()
    {
        await using var env = await Tenant();
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
        await using var env = await Tenant(users: 1);
        var r = env.Invoke("Get-WorksOrgUnit -Name '*영업*'").ThrowOnError();
        Assert.Equal(new[] { "영업본부", "국내영업팀", "해외영업팀" }, r.Output.Select(o => ((OrgUnit)o.BaseObject).Name));
        Assert.Equal(2, env.Invoke("Get-WorksOrgUnit -Name '*영업*' -First 2").ThrowOnError().Output.Count);
        var byUser = env.Invoke("Get-WorksUser -First 2 | Where-Object { $_.OrgUnitId } | Get-WorksOrgUnit").ThrowOnError();
        Assert.Single(byUser.Output);
    }

    [Fact]
    public async Task A_bad_name_is_refused_before_any_write()
    {
        await using var env = await Tenant();
        var r = env.Invoke("New-WorksOrgUnit -Name 'R&D #1'");
        Assert.StartsWith("R&D #1: Name:", Assert.Single(r.Errors).ErrorDetails.Message);
        Assert.Empty(env.Server.Requests.ForRoute("POST /orgunits"));
    }

    [Fact]
    public async Task A_lost_answer_to_a_unit_whose_ParentId_is_an_external_key_is_recognised_and_not_sent_again()
    {
        await using var env = await Tenant();
        env.Invoke("New-WorksOrgUnit -Name HQ -ExternalKey HQ").ThrowOnError();
        env.Server.Faults.Enqueue(FaultRule.Of(FaultKind.CommitThenFail, "POST", "/orgunits"));

        env.Invoke("New-WorksOrgUnit -Name Support -ParentId externalKey:HQ").ThrowOnError();

        Assert.Equal(1, Named(env, "Support"));
        Assert.Equal(env.Server.Tenant.FindOrgUnit("externalKey:HQ")!.OrgUnitId, env.Server.Tenant.FindOrgUnitByName("Support")!.ParentOrgUnitId);
    }
}
