using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace NaverWorks.Tests.Emulator;

public sealed class GroupsLevelsPositionsTests : EmulatorTest
{
    [Fact]
    public async Task Group_is_created_with_members_and_administrators()
    {
        var admin = Server.Tenant.SuperAdmin.UserId;
        var created = await Client.ExpectAsync(201, Client.PostAsync("/groups", new
        {
            domainId = Server.Tenant.DomainId,
            groupName = "독서 모임",
            groupExternalKey = "GRP-BOOK",
            groupEmail = $"book@{Server.Tenant.MailDomain}",
            useMessage = true,
            useNote = true,
            administrators = new[] { new { userId = admin } },
            members = new[] { new { id = admin, type = "USER" } },
        }));

        Assert.StartsWith("group", created!["groupId"]!.GetValue<string>());
        Assert.Equal(admin, created["members"]![0]!["id"]!.GetValue<string>());
        var fetched = await Client.ExpectAsync(200, Client.GetAsync("/groups/externalKey:GRP-BOOK"));
        Assert.Equal(created.ToJsonString(), fetched!.ToJsonString());
    }

    [Fact]
    public Task Group_features_need_the_message_room() =>
        Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync("/groups", new { domainId = Server.Tenant.DomainId, groupName = "g", useCalendar = true }), "useMessage");

    [Fact]
    public async Task Group_members_are_added_listed_and_removed()
    {
        var group = Server.Tenant.AddGroup("멤버 테스트");
        var users = Server.Tenant.SeedUsers(3);
        foreach (var user in users)
        {
            await Client.ExpectAsync(201, Client.PostAsync($"/groups/{group.GroupId}/members", new { id = user.UserId, type = "USER" }));
        }

        await Client.ExpectErrorAsync(409, "ALREADY_EXIST", Client.PostAsync($"/groups/{group.GroupId}/members", new { id = users[0].UserId, type = "USER" }));
        var page = await Client.ExpectAsync(200, Client.GetAsync($"/groups/{group.GroupId}/members?count=2"));
        Assert.Equal(2, page!["members"]!.AsArray().Count);
        Assert.Equal(users[0].UserExternalKey, page["members"]![0]!["externalKey"]!.GetValue<string>());

        await Client.ExpectAsync(204, Client.DeleteAsync($"/groups/{group.GroupId}/members/{users[1].UserId}"));
        await Client.ExpectErrorAsync(404, "MEMBER_NOT_EXIST", Client.DeleteAsync($"/groups/{group.GroupId}/members/{users[1].UserId}"));
        Assert.Equal([users[0].UserId, users[2].UserId], Server.Tenant.FindGroup(group.GroupId)!.Members.Select(m => m.Id));
    }

    [Fact]
    public async Task Deleting_a_user_removes_them_from_groups()
    {
        var user = Server.Tenant.SeedUsers(1)[0];
        var group = Server.Tenant.AddGroup("탈퇴", memberUserIds: [user.UserId]);
        await Client.ExpectAsync(204, Client.DeleteAsync($"/users/{user.UserId}"));
        Assert.Empty(Server.Tenant.FindGroup(group.GroupId)!.Members);
    }

    [Fact]
    public async Task Levels_are_listed_in_display_order_and_support_put_patch_delete()
    {
        var senior = await Client.ExpectAsync(201, Client.PostAsync("/directory/levels", new { domainId = Server.Tenant.DomainId, levelName = "부장", displayOrder = 6, levelExternalKey = "LV6", executive = false }));
        await Client.ExpectAsync(201, Client.PostAsync("/directory/levels", new { domainId = Server.Tenant.DomainId, levelName = "사원", displayOrder = 1 }));

        var list = await Client.ExpectAsync(200, Client.GetAsync("/directory/levels"));
        Assert.Equal(["사원", "부장"], list!["levels"]!.AsArray().Select(l => l!["levelName"]!.GetValue<string>()));

        var id = senior!["levelId"]!.GetValue<string>();
        var patched = await Client.ExpectAsync(200, Client.PatchAsync($"/directory/levels/{id}", new { executive = true }));
        Assert.True(patched!["executive"]!.GetValue<bool>());
        Assert.Equal("LV6", patched["levelExternalKey"]!.GetValue<string>());

        var replaced = await Client.ExpectAsync(200, Client.PutAsync($"/directory/levels/{id}", new { domainId = Server.Tenant.DomainId, levelName = "부장", displayOrder = 6 }));
        Assert.False(replaced!["executive"]!.GetValue<bool>());
        Assert.Null(replaced["levelExternalKey"]);

        await Client.ExpectAsync(204, Client.DeleteAsync($"/directory/levels/{id}"));
        await Client.ExpectErrorAsync(404, "LEVEL_NOT_EXIST", Client.GetAsync($"/directory/levels/{id}"));
    }

    [Fact]
    public async Task Level_or_position_in_use_cannot_be_deleted()
    {
        var user = Server.Tenant.SeedUsers(1)[0];
        var level = user.Organizations[0].LevelId!;
        var position = user.Organizations[0].OrgUnits[0].PositionId!;
        await Client.ExpectErrorAsync(400, "BAD_REQUEST", Client.DeleteAsync($"/directory/levels/{level}"), "assigned");
        await Client.ExpectErrorAsync(400, "BAD_REQUEST", Client.DeleteAsync($"/directory/positions/{position}"), "assigned");
    }

    [Fact]
    public async Task Positions_support_the_documented_fields()
    {
        var created = (await Client.ExpectAsync(201, Client.PostAsync("/directory/positions", new
        {
            domainId = Server.Tenant.DomainId,
            positionName = "팀장",
            displayOrder = 3,
            positionExternalKey = "POS-LEAD",
            i18nNames = new[] { new { name = "Team Lead", language = "en_US" } },
        })))!.AsObject();

        Assert.Equal(["domainId", "positionId", "displayOrder", "positionName", "positionExternalKey", "i18nNames"], created.Select(p => p.Key));
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync("/directory/positions", new
        {
            domainId = Server.Tenant.DomainId,
            positionName = "x",
            displayOrder = 1,
            i18nNames = new[] { new { name = "X", language = "en-US" } },
        }), "i18nNames[0].language");
    }

    [Fact]
    public async Task User_responses_carry_the_names_of_their_level_position_and_org_unit()
    {
        var user = Server.Tenant.SeedUsers(1)[0];
        var body = (await Client.ExpectAsync(200, Client.GetAsync($"/users/{user.UserId}")))!;
        var organization = body["organizations"]![0]!;
        Assert.Equal(Server.Tenant.FindLevel(user.Organizations[0].LevelId!)!.LevelName, organization["levelName"]!.GetValue<string>());
        Assert.Equal(Server.Tenant.CompanyName, organization["organizationName"]!.GetValue<string>());
        Assert.NotNull(organization["orgUnits"]![0]!["positionName"]);
        Assert.IsType<JsonObject>(body["leaveOfAbsence"]);
    }
}
