using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NaverWorks.Api;
using NaverWorks.Json;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Models;

public class ModelJsonTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepoPaths.Shared, "api", "fixtures", "works", name));

    [Fact]
    public void A_user_flattens_its_primary_placement_and_keeps_everything_else()
    {
        var user = JsonSerializer.Deserialize<User>(Fixture("user.json"), WorksJson.Options)!;
        Assert.Equal("hana.sato@example.co.jp", user.Email);
        Assert.Equal("Sato", user.LastName);
        Assert.Equal("Hana", user.FirstName);
        Assert.Equal("Sales", user.OrgUnit);
        Assert.Equal("orgunit1a2b-3c4d-5e6f-7a8b-09c0d1e2f3a4", user.OrgUnitId);
        Assert.Equal("Team Lead", user.Position);
        Assert.Equal("Senior", user.Level);
        Assert.True(user.IsManager);
        Assert.Equal("EMP-00042", user.ExternalKey);
        Assert.Equal("サトウ", user.UserName!.PhoneticLastName);
        Assert.False(user.LeaveOfAbsence!.IsLeaveOfAbsence);
        Assert.Empty(user.CustomFields!);
        // Every documented field is modelled; anything else survives in the extension bag.
        Assert.Null(user.AdditionalFields);
        var extended = JsonSerializer.Deserialize<User>("{\"userId\":\"u1\",\"futureField\":{\"a\":1}}", WorksJson.Options)!;
        Assert.Equal("{\"a\":1}", extended.AdditionalFields!["futureField"].GetRawText());
    }

    [Fact]
    public void An_org_unit_maps_the_wire_names_to_parameter_names()
    {
        var unit = JsonSerializer.Deserialize<OrgUnit>(Fixture("orgunit.json"), WorksJson.Options)!;
        Assert.Equal("Sales", unit.Name);
        Assert.Equal("DEPT-SALES", unit.ExternalKey);
        Assert.Equal("orgunit0f1e-2d3c-4b5a-6978-0a1b2c3d4e5f", unit.ParentId);
        Assert.Equal(2, unit.DisplayOrder);
    }

    private static readonly NaverWorks.Http.ApiRequest ListUsers = new(System.Net.Http.HttpMethod.Get, "/users", "GET /users");

    [Fact]
    public void A_users_page_gives_its_count_and_cursor_before_its_items_are_read()
    {
        var page = DeferredPage.Read<User>(Encoding.UTF8.GetBytes(Fixture("users-page.json")), System.Net.HttpStatusCode.OK, ListUsers, "users");
        Assert.Equal(2, page.Items.Count);
        Assert.Equal("eyJvZmZzZXQiOjIsImxpbWl0IjoyfQ==", page.Next);
        Assert.Equal("hana.sato@example.co.jp", page.Items[0].Email);
        Assert.Null(page.Items[1].OrgUnit);
    }

    [Theory]
    [InlineData("{\"users\":[],\"responseMetaData\":{}}", 0, null)]
    [InlineData("{\"responseMetaData\":{\"nextCursor\":\"c2\"},\"users\":[{\"userId\":\"u1\"}],\"extra\":{\"a\":[1,2]}}", 1, "c2")]
    [InlineData("{\"users\":null}", 0, null)]
    public void A_page_is_read_whatever_the_order_of_its_properties(string json, int count, string? next)
    {
        var page = DeferredPage.Read<User>(Encoding.UTF8.GetBytes(json), System.Net.HttpStatusCode.OK, ListUsers, "users");
        Assert.Equal(count, page.Items.Count);
        Assert.Equal(next, page.Next);
    }

    [Fact]
    public void A_page_that_is_not_the_documented_shape_is_an_unexpected_response()
    {
        var ex = Assert.Throws<NaverWorks.Http.WorksApiException>(() =>
            DeferredPage.Read<User>(Encoding.UTF8.GetBytes("{\"users\":{\"oops\":1}}"), System.Net.HttpStatusCode.OK, ListUsers, "users"));
        Assert.Equal("UNEXPECTED_RESPONSE", ex.Code);
        var lazy = DeferredPage.Read<User>(Encoding.UTF8.GetBytes("{\"users\":[{\"userId\":42}]}"), System.Net.HttpStatusCode.OK, ListUsers, "users");
        Assert.Equal(1, lazy.Items.Count);
        Assert.Equal("UNEXPECTED_RESPONSE", Assert.Throws<NaverWorks.Http.WorksApiException>(() => lazy.Items[0]).Code);
    }

    [Fact]
    public void A_user_body_leaves_out_what_was_not_given_and_a_cleared_field_goes_as_null()
    {
        var body = new UserBody { Location = "Seoul" };
        JsonObject node = JsonSerializer.SerializeToNode(body, WorksJson.Options)!.AsObject();
        node["nickName"] = null;
        string json = Encoding.UTF8.GetString(WorksJson.Serialize(node));
        Assert.Equal("{\"location\":\"Seoul\",\"nickName\":null}", json);
    }
}
