using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NaverWorks.Emulator.Workplace;

/// <summary>Maps the emulated WORKPLACE organization API (v2) into a host.</summary>
public static class WorkplaceEndpoints
{
    /// <summary>The route every WORKPLACE request arrives on; dispatch then works on the raw target.</summary>
    public const string RoutePattern = RawRequestTarget.CompanyPrefix + "{companyId}/{**path}";

    /// <summary>
    /// Maps <c>/organization/apigw/v2/company/{companyId}/…</c>: signature-v2 verification on every
    /// request, then <c>department</c>, <c>employee</c>, <c>grade</c>, <c>job</c> and <c>empType</c>
    /// (POST/PUT/GET/DELETE on <c>…/{resource}/{externalKey}</c>, GET with offset/limit on <c>…/{resource}</c>).
    /// Any other method or path under the prefix gets the gateway's 404 (code 300) after authentication.
    /// </summary>
    /// <param name="app">The host's endpoint builder.</param>
    /// <param name="tenant">The state to serve.</param>
    /// <param name="clock">The server clock the request timestamp is checked against.</param>
    /// <param name="rateLimits">
    /// A per-minute limit per access key and operation, checked after authentication: past it the gateway answers
    /// 429 code 420 "Rate Limited". Null, or a limit of 0, means unlimited.
    /// </param>
    /// <returns><paramref name="app"/>.</returns>
    public static IEndpointRouteBuilder MapWorkplace(this IEndpointRouteBuilder app, WorkplaceTenant tenant, TimeProvider clock, RateLimits? rateLimits = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(clock);

        var gateway = new GatewayAuthenticator(tenant, clock);
        app.Map(RoutePattern, (RequestDelegate)(async context =>
        {
            WorkplaceResponse response = await DispatchAsync(context, tenant, gateway, rateLimits);
            await response.WriteAsync(context);
        })).WithDisplayName("WORKPLACE organization v2");
        return app;
    }

    private static async Task<WorkplaceResponse> DispatchAsync(HttpContext context, WorkplaceTenant tenant, GatewayAuthenticator gateway, RateLimits? rateLimits)
    {
        string rawTarget = RawRequestTarget.Of(context);
        RawRequestTarget? target = RawRequestTarget.Parse(rawTarget);
        if (target is null)
        {
            return GatewayError.NotFound("No API is registered for this path.");
        }

        HttpRequest request = context.Request;
        if (gateway.Authenticate(request, rawTarget, target.CompanyId) is WorkplaceResponse denied)
        {
            return denied;
        }

        // Keys are only ever granted to existing companies, so an authorized id always resolves.
        WorkplaceCompany company = tenant.FindCompany(target.CompanyId)!;
        IWorkplaceResource? resource = target.Segments.Count is 1 or 2 ? WorkplaceResources.Find(target.Segments[0]) : null;
        string? key = target.Segments.Count == 2 ? target.Segments[1] : null;
        string method = request.Method;
        if (resource is not null && key != "" && RateLimited(rateLimits, request, resource, key) is WorkplaceResponse limited)
        {
            return limited;
        }

        return (resource, key) switch
        {
            (null, _) or (_, "") => GatewayError.NotFound("No API is registered for this path."),
            (_, null) when HttpMethods.IsGet(method) => KeyedResourceHandler.List(request, company, resource),
            (_, not null) when HttpMethods.IsGet(method) => KeyedResourceHandler.Get(request, company, resource, key),
            (_, not null) when HttpMethods.IsPost(method) => await KeyedResourceHandler.CreateAsync(request, company, resource, key),
            (_, not null) when HttpMethods.IsPut(method) => await KeyedResourceHandler.ReplaceAsync(request, company, resource, key),
            (_, not null) when HttpMethods.IsDelete(method) => KeyedResourceHandler.Delete(request, company, resource, key),
            _ => GatewayError.NotFound($"No API is registered for {method} on this path."),
        };
    }

    // The gateway counts calls per caller (the access key, known once authenticated) and operation, like the
    // module's own limiter. No rate headers and no Retry-After: the gateway documents neither.
    private static WorkplaceResponse? RateLimited(RateLimits? rateLimits, HttpRequest request, IWorkplaceResource resource, string? key)
    {
        if (rateLimits is not { PerMinute: > 0 })
        {
            return null;
        }

        string operation = request.Method + " /" + resource.Name + (key is null ? "" : "/{externalKey}");
        string accessKey = request.Headers[GatewayAuthenticator.AccessKeyHeader].ToString();
        return rateLimits.TryAcquire(accessKey, operation) is { Allowed: false } decision
            ? GatewayError.RateLimited($"More than {decision.Limit} requests a minute for {operation}.")
            : null;
    }
}
