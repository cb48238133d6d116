using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NaverWorks.Emulator.Hosting;

/// <summary>Names an operation as "METHOD /template", with API routes relative to <c>/v1.0</c> (e.g. <c>POST /users</c>).</summary>
internal static class RouteNames
{
    public const string ApiPrefix = "/v1.0";
    public const string AuthPrefix = "/oauth2/v2.0";

    public static string? Of(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.Metadata.GetMetadata<WorksOperation>() is null && !IsKnownRoute(endpoint))
        {
            return null;
        }

        var template = endpoint.RoutePattern.RawText ?? context.Request.Path.Value ?? "/";
        if (!template.StartsWith('/'))
        {
            template = "/" + template;
        }

        if (template.StartsWith(ApiPrefix + "/", StringComparison.Ordinal))
        {
            template = template[ApiPrefix.Length..];
        }

        return $"{context.Request.Method} {template}";
    }

    // The 405 endpoint routing synthesizes is not a route of ours.
    private static bool IsKnownRoute(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not null;
}
