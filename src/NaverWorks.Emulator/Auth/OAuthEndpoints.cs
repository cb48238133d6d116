using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NaverWorks.Emulator.Hosting;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Auth;

/// <summary>The auth server under <c>/oauth2/v2.0</c>: <c>/authorize</c>, <c>/token</c> and <c>/revoke</c>.</summary>
internal static class OAuthEndpoints
{
    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static void Map(IEndpointRouteBuilder app, EmulatorServices services)
    {
        var auth = app.MapGroup(RouteNames.AuthPrefix);
        // Typed as Func so the returned IResult is executed (a RequestDelegate would discard it).
        auth.MapPost("/token", (Func<HttpContext, Task<IResult>>)(c => TokenAsync(c, services)));
        auth.MapGet("/authorize", (HttpContext c) => Authorize(c, services));
        auth.MapPost("/revoke", (Func<HttpContext, Task<IResult>>)(c => RevokeAsync(c, services)));
    }

    private static async Task<IResult> TokenAsync(HttpContext context, EmulatorServices services)
    {
        var form = await ReadFormAsync(context);
        var app = Client(context, services, form);
        var grantType = Field(form, "grant_type");
        var response = grantType switch
        {
            JwtBearer => ServiceAccountGrant(form, app, services),
            "authorization_code" => CodeGrant(form, app, services),
            "refresh_token" => services.Tokens.Refresh(app, Field(form, "refresh_token")),
            _ => throw OAuthException.UnsupportedGrantType($"grant_type '{grantType}' is not supported."),
        };
        return JsonBytesResult.Ok(response);
    }

    private static Dictionary<string, string> ServiceAccountGrant(IFormCollection form, RegisteredApp app, EmulatorServices services)
    {
        JwtAssertionValidator.Validate(Field(form, "assertion"), app, services.Time.GetUtcNow());
        var scopes = Scopes.Parse(form["scope"]) ?? throw OAuthException.InvalidRequest("scope is required.");
        return services.Tokens.Issue(app, Granted(app, scopes), userId: null);
    }

    private static Dictionary<string, string> CodeGrant(IFormCollection form, RegisteredApp app, EmulatorServices services)
    {
        var grant = services.Codes.Redeem(Field(form, "code"), app.ClientId, form.ContainsKey("redirect_uri") ? form["redirect_uri"].ToString() : null);
        return services.Tokens.Issue(app, grant.Scopes, grant.UserId);
    }

    private static IResult Authorize(HttpContext context, EmulatorServices services)
    {
        var query = context.Request.Query;
        var clientId = query["client_id"].ToString();
        RequestState.Of(context).ClientId = clientId;
        var app = services.Apps.Find(clientId);
        var redirectUri = query["redirect_uri"].ToString();
        if (app is null)
        {
            return ErrorPage($"Unknown client_id '{clientId}'.");
        }

        // Never redirect to an unregistered URI: that would be an open redirect.
        if (string.IsNullOrEmpty(redirectUri) || !app.AllowsRedirect(redirectUri))
        {
            return ErrorPage($"redirect_uri '{redirectUri}' is not registered for this app.");
        }

        var state = query.ContainsKey("state") ? query["state"].ToString() : null;
        if (query["response_type"] != "code")
        {
            return Redirect(redirectUri, state, ("error", "unsupported_response_type"), ("error_description", "Only response_type=code is supported."));
        }

        var scopes = Scopes.Parse(query["scope"]);
        if (scopes is null || scopes.Any(s => !app.Scopes.Contains(s)))
        {
            return Redirect(redirectUri, state, ("error", "invalid_scope"), ("error_description", "The requested scope is missing or not granted to this app."));
        }

        var code = services.Codes.Create(app.ClientId, redirectUri, scopes, app.App.LoginUserId);
        return Redirect(redirectUri, state, ("code", code));
    }

    private static async Task<IResult> RevokeAsync(HttpContext context, EmulatorServices services)
    {
        var form = await ReadFormAsync(context);
        var app = Client(context, services, form);
        var token = Field(form, "token");
        if (services.Tokens.IsOwnedBy(token, app.ClientId))
        {
            services.Tokens.Revoke(token);
        }

        // RFC 7009: unknown or foreign tokens are answered 200 too.
        return Results.Ok();
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            throw OAuthException.InvalidRequest("The request must be application/x-www-form-urlencoded.");
        }

        return await context.Request.ReadFormAsync(context.RequestAborted);
    }

    /// <summary>Authenticates the client from <c>client_id</c> and <c>client_secret</c> (401 <c>invalid_client</c>).</summary>
    private static RegisteredApp Client(HttpContext context, EmulatorServices services, IFormCollection form)
    {
        var clientId = Field(form, "client_id");
        RequestState.Of(context).ClientId = clientId;
        var app = services.Apps.Find(clientId) ?? throw OAuthException.InvalidClient("Unknown client_id.");
        return app.SecretMatches(form["client_secret"].ToString()) ? app : throw OAuthException.InvalidClient("client_secret is wrong or missing.");
    }

    private static IReadOnlyList<string> Granted(RegisteredApp app, IReadOnlyList<string> requested)
    {
        var denied = requested.Where(s => !app.Scopes.Contains(s)).ToList();
        return denied.Count == 0 ? requested : throw OAuthException.InvalidScope($"Scope(s) not granted to this app: {string.Join(' ', denied)}.");
    }

    private static string Field(IFormCollection form, string name)
    {
        var value = form[name].ToString();
        return string.IsNullOrEmpty(value) ? throw OAuthException.InvalidRequest($"{name} is required.") : value;
    }

    private static IResult Redirect(string redirectUri, string? state, params (string Name, string Value)[] parameters)
    {
        var query = parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}").ToList();
        if (state is not null)
        {
            query.Add($"state={Uri.EscapeDataString(state)}");
        }

        var separator = redirectUri.Contains('?') ? '&' : '?';
        return Results.Redirect($"{redirectUri}{separator}{string.Join('&', query)}");
    }

    private static IResult ErrorPage(string message) =>
        Results.Content($"<html><body><h1>Invalid request</h1><p>{WebUtility.HtmlEncode(message)}</p></body></html>", "text/html; charset=UTF-8", statusCode: 400);
}
