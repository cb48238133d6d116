using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Hosting;
using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Paging;

namespace NaverWorks.Emulator.Directory;

/// <summary>
/// Maps the list/get/create/PUT/PATCH/DELETE routes of any <see cref="DirectoryResource{T}"/> (one
/// implementation for every resource), plus the request helpers the resource-specific routes share.
/// </summary>
internal static class DirectoryEndpoints
{
    public static void MapCrud<T>(RouteGroupBuilder api, DirectoryResource<T> resource)
        where T : DirectoryRecord
    {
        var item = $"{resource.Route}/{{{resource.IdParameter}}}";
        var scope = resource.ScopeResource;
        var paced = resource.PacedWrites;

        api.MapGet(resource.Route, (HttpContext c) => List(c, resource)).Works(scope);
        api.MapGet(item, (HttpContext c) => new JsonBytesResult(200, resource.Get(Id(c, resource), Caller(c)))).Works(scope);
        api.MapPost(resource.Route, (HttpContext c) => new JsonBytesResult(201, resource.Create(Body(c, BindMode.Create)).Json)).Works(scope, paced);
        api.MapPut(item, (HttpContext c) => new JsonBytesResult(200, resource.Update(Id(c, resource), Body(c, BindMode.Replace), Caller(c)))).Works(scope, paced);
        api.MapPatch(item, (HttpContext c) => new JsonBytesResult(200, resource.Update(Id(c, resource), Body(c, BindMode.Patch), Caller(c)))).Works(scope, paced);
        api.MapDelete(item, (HttpContext c) =>
        {
            resource.Delete(Id(c, resource), Caller(c));
            return JsonBytesResult.NoContent;
        }).Works(scope, paced);
    }

    public static string Id<T>(HttpContext context, DirectoryResource<T> resource)
        where T : DirectoryRecord => Route(context, resource.IdParameter);

    public static string Route(HttpContext context, string parameter) =>
        context.Request.RouteValues[parameter] as string ?? throw ApiErrors.Missing(parameter);

    public static WorksPrincipal Caller(HttpContext context) => RequestState.Of(context).RequirePrincipal();

    /// <summary>The request body as JSON; POST/PUT/PATCH bodies must be sent as application/json.</summary>
    public static JsonBody Body(HttpContext context, BindMode mode)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null || !contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiErrors.BadRequest("Content-Type must be application/json.");
        }

        return JsonBody.Parse(RequestState.Of(context).Body, mode);
    }

    /// <summary>Common list parameters: the optional <c>domainId</c> (must be the tenant's) and the page.</summary>
    public static PageRequest Page(HttpContext context, EmulatorTenant tenant)
    {
        var query = context.Request.Query;
        if (query.ContainsKey("domainId")
            && (!int.TryParse(query["domainId"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var domainId) || domainId != tenant.DomainId))
        {
            throw ApiErrors.Invalid("domainId", $"domain '{query["domainId"]}' does not exist");
        }

        return PageRequest.From(context.Request);
    }

    private static JsonBytesResult List<T>(HttpContext context, DirectoryResource<T> resource)
        where T : DirectoryRecord
    {
        var page = Page(context, resource.Tenant);
        var order = resource.Table.DefaultOrder;
        var descending = false;
        if (resource.Orders.Count > 1)
        {
            var query = context.Request.Query;
            if (query.ContainsKey("orderBy"))
            {
                order = query["orderBy"].ToString();
                if (!resource.Orders.Any(o => o.Name == order))
                {
                    throw ApiErrors.Invalid("orderBy", $"must be one of {string.Join(", ", resource.Orders.Select(o => o.Name))}");
                }
            }

            if (query.ContainsKey("sortOrder"))
            {
                descending = query["sortOrder"].ToString() switch
                {
                    "ASCENDING" => false,
                    "DESCENDING" => true,
                    _ => throw ApiErrors.Invalid("sortOrder", "must be one of ASCENDING, DESCENDING"),
                };
            }
        }

        return new JsonBytesResult(200, resource.List(page, order, descending));
    }
}
