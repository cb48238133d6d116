using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

public sealed class PagingTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions() => new() { RateLimitPerMinute = 0, OrgUnitWriteInterval = TimeSpan.Zero, SeedUsers = 249 };

    private async Task<List<JsonObject>> ReadAllAsync(string path, string envelope, int count, string? cursor = null)
    {
        var items = new List<JsonObject>();
        do
        {
            var separator = path.Contains('?') ? '&' : '?';
            var page = (await Client.ExpectAsync(200, Client.GetAsync($"{path}{separator}count={count}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)))))!.AsObject();
            items.AddRange(page[envelope]!.AsArray().Select(n => n!.AsObject()));
            var meta = page["responseMetaData"]!.AsObject();
            cursor = meta.ContainsKey("nextCursor") ? meta["nextCursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);
        return items;
    }

    [Fact]
    public async Task Users_list_defaults_to_100_per_page()
    {
        var page = await Client.ExpectAsync(200, Client.GetAsync("/users"));
        Assert.Equal(100, page!["users"]!.AsArray().Count);
        Assert.NotNull(page["responseMetaData"]!["nextCursor"]);
    }

    [Fact]
    public async Task Users_list_omits_nextCursor_on_last_page()
    {
        JsonNode? page = null;
        var sizes = new List<int>();
        do
        {
            var cursor = page?["responseMetaData"]?["nextCursor"]?.GetValue<string>();
            page = await Client.ExpectAsync(200, Client.GetAsync("/users?count=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))));
            sizes.Add(page!["users"]!.AsArray().Count);
        }
        while (page["responseMetaData"]!.AsObject().ContainsKey("nextCursor"));

        Assert.Equal([100, 100, 50], sizes);
        Assert.Equal("{}", page["responseMetaData"]!.ToJsonString());
    }

    [Fact]
    public async Task Walking_every_page_returns_each_user_once_in_creation_order()
    {
        var users = await ReadAllAsync("/users", "users", 37);
        Assert.Equal(Server.Tenant.UserCount, users.Count);
        Assert.Equal(Server.Tenant.GetUsers().Select(u => u.UserId), users.Select(u => u["userId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Users_can_be_listed_by_name_descending()
    {
        var users = await ReadAllAsync("/users?orderBy=NAME&sortOrder=DESCENDING", "users", 100);
        var names = users.Select(u => u["userName"]!["lastName"]!.GetValue<string>() + u["userName"]!["firstName"]!.GetValue<string>()).ToList();
        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal), names);
        Assert.Equal(Server.Tenant.UserCount, users.Select(u => u["userId"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task Paging_is_stable_when_users_are_added_between_pages()
    {
        var first = await Client.ExpectAsync(200, Client.GetAsync("/users?count=100"));
        Server.Tenant.SeedUsers(5);
        var rest = await ReadAllAsync("/users", "users", 100, first!["responseMetaData"]!["nextCursor"]!.GetValue<string>());
        Assert.Equal(Server.Tenant.UserCount - 100, rest.Count);
    }

    [Theory]
    [InlineData("count=0", "count")]
    [InlineData("count=101", "count")]
    [InlineData("count=abc", "count")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("orderBy=EMAIL", "orderBy")]
    [InlineData("sortOrder=UP", "sortOrder")]
    [InlineData("domainId=42", "domainId")]
    public Task Invalid_list_parameters_are_400_INVALID_PARAMETER(string query, string field) =>
        Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.GetAsync("/users?" + query), field + ":");

    [Fact]
    public async Task Cursor_from_another_ordering_is_rejected()
    {
        var page = await Client.ExpectAsync(200, Client.GetAsync("/users?count=10&orderBy=NAME"));
        var cursor = Uri.EscapeDataString(page!["responseMetaData"]!["nextCursor"]!.GetValue<string>());
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.GetAsync($"/users?count=10&cursor={cursor}"), "cursor");
    }

    [Fact]
    public async Task Org_unit_members_are_paged_with_the_same_envelope()
    {
        var team = Server.Tenant.GetOrgUnits().First(o => o.ParentOrgUnitId is not null);
        var members = await ReadAllAsync($"/orgunits/{team.OrgUnitId}/members", "members", 7);
        Assert.Equal(Server.Tenant.GetOrgUnitMemberIds(team.OrgUnitId), members.Select(m => m["userId"]!.GetValue<string>()));
        Assert.Equal(["userId", "userExternalKey", "isManager", "visible", "useTeamFeature"], members[0].Select(p => p.Key));
    }

    [Fact]
    public async Task Listing_stays_fast_with_100000_users()
    {
        var seeding = Stopwatch.StartNew();
        Server.Tenant.SeedUsers(100_000 - Server.Tenant.UserCount);
        seeding.Stop();
        Assert.True(seeding.Elapsed < TimeSpan.FromSeconds(10), $"seeding took {seeding.Elapsed}");

        // Warm up, then jump deep into the list: each page must cost O(page), not O(n).
        var page = await Client.ExpectAsync(200, Client.GetAsync("/users?count=100&orderBy=NAME"));
        var timer = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            var cursor = Uri.EscapeDataString(page!["responseMetaData"]!["nextCursor"]!.GetValue<string>());
            page = await Client.ExpectAsync(200, Client.GetAsync($"/users?count=100&orderBy=NAME&cursor={cursor}"));
        }

        timer.Stop();
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(4), $"20 pages took {timer.Elapsed}");
        Assert.Equal(100_000, Server.Tenant.UserCount);
    }
}
