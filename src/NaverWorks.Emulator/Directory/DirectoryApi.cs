using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NaverWorks.Emulator.Hosting;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Directory;

/// <summary>Every directory route under <c>/v1.0</c>: the shared CRUD set per resource plus the resource-specific actions.</summary>
internal static class DirectoryApi
{
    public static void Map(RouteGroupBuilder api, EmulatorTenant tenant)
    {
        MapUsers(api, tenant);
        MapOrgUnits(api, tenant);
        MapGroups(api, tenant);
        DirectoryEndpoints.MapCrud(api, tenant.Levels);
        DirectoryEndpoints.MapCrud(api, tenant.Positions);
    }

    private static void MapUsers(RouteGroupBuilder api, EmulatorTenant tenant)
    {
        var users = tenant.Users;
        DirectoryEndpoints.MapCrud(api, users);
        api.MapPost("/users/{userId}/suspend", (HttpContext c) =>
        {
            users.Suspend(DirectoryEndpoints.Id(c, users), DirectoryEndpoints.Caller(c));
            return JsonBytesResult.NoContent;
        }).Works(users.ScopeResource);
        api.MapPost("/users/{userId}/unsuspend", (HttpContext c) =>
        {
            users.Unsuspend(DirectoryEndpoints.Id(c, users), DirectoryEndpoints.Caller(c));
            return JsonBytesResult.NoContent;
        }).Works(users.ScopeResource);
    }

    private static void MapOrgUnits(RouteGroupBuilder api, EmulatorTenant tenant)
    {
        var orgUnits = tenant.OrgUnits;
        DirectoryEndpoints.MapCrud(api, orgUnits);
        api.MapGet("/orgunits/{orgUnitId}/members", (HttpContext c) =>
            new JsonBytesResult(200, tenant.Users.ListMembers(DirectoryEndpoints.Id(c, orgUnits), DirectoryEndpoints.Page(c, tenant))))
            .Works(orgUnits.ScopeResource);
        api.MapPost("/orgunits/{orgUnitId}/move", (HttpContext c) =>
        {
            orgUnits.Move(DirectoryEndpoints.Id(c, orgUnits), DirectoryEndpoints.Body(c, BindMode.Create), DirectoryEndpoints.Caller(c));
            return JsonBytesResult.NoContent;
        }).Works(orgUnits.ScopeResource, pacedOrgUnitWrite: true);
    }

    private static void MapGroups(RouteGroupBuilder api, EmulatorTenant tenant)
    {
        var groups = tenant.Groups;
        DirectoryEndpoints.MapCrud(api, groups);
        api.MapGet("/groups/{groupId}/members", (HttpContext c) =>
            new JsonBytesResult(200, groups.ListMembers(DirectoryEndpoints.Id(c, groups), DirectoryEndpoints.Page(c, tenant), DirectoryEndpoints.Caller(c))))
            .Works(groups.ScopeResource);
        api.MapPost("/groups/{groupId}/members", (HttpContext c) =>
            new JsonBytesResult(201, groups.AddMember(DirectoryEndpoints.Id(c, groups), DirectoryEndpoints.Body(c, BindMode.Create), DirectoryEndpoints.Caller(c))))
            .Works(groups.ScopeResource);
        api.MapDelete("/groups/{groupId}/members/{memberId}", (HttpContext c) =>
        {
            groups.RemoveMember(DirectoryEndpoints.Id(c, groups), DirectoryEndpoints.Route(c, "memberId"), DirectoryEndpoints.Caller(c));
            return JsonBytesResult.NoContent;
        }).Works(groups.ScopeResource);
    }
}
