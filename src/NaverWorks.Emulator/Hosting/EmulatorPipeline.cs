using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Faults;

namespace NaverWorks.Emulator.Hosting;

/// <summary>
/// The single middleware every request passes through, and the one place for each cross-cutting
/// behaviour, in this order: journal, latency and faults, bearer authentication, per-operation
/// rate limit, scope check, org-unit write pacing, the endpoint, error rendering, post-write faults.
/// Responses are buffered so that an error or a fault can still replace them after the endpoint ran.
/// </summary>
internal sealed class EmulatorPipeline(RequestDelegate next, EmulatorServices services, ILogger<EmulatorPipeline> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var arrived = services.Time.GetUtcNow();
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var isAuthServer = path.StartsWith(RouteNames.AuthPrefix + "/", StringComparison.OrdinalIgnoreCase);
        var isApi = path.StartsWith(RouteNames.ApiPrefix + "/", StringComparison.Ordinal) || path == RouteNames.ApiPrefix;

        var state = new RequestState { Body = await BufferRequestBodyAsync(request, context.RequestAborted) };
        RequestState.Attach(context, state);

        var downstream = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        FaultDecision? applied = null;
        var aborted = false;
        var truncate = false;
        try
        {
            var delay = services.Faults.NextDelay(isAuthServer);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, context.RequestAborted);
            }

            var fault = services.Faults.Decide(request.Method, path, isAuthServer);
            if (fault is { IsBefore: true })
            {
                applied = fault;
                aborted = fault.Action == FaultAction.Abort;
                if (!aborted)
                {
                    WriteRaw(context, buffer, fault.Status, fault.Body ?? "", fault.ContentType, fault.Headers);
                }

                return;
            }

            await RunGuardedAsync(context, buffer, state, isApi);

            if (fault is not null && context.Response.StatusCode is >= 200 and < 300)
            {
                // A post-write fault only counts when the write really happened.
                applied = fault;
                switch (fault.Action)
                {
                    case FaultAction.CommitThenAbort:
                        aborted = true;
                        break;
                    case FaultAction.CommitThenError:
                        WriteRaw(context, buffer, fault.Status, fault.Body ?? FaultInjector.DefaultBody(500), null, null);
                        break;
                    case FaultAction.Truncate:
                        truncate = true;
                        break;
                }
            }
        }
        finally
        {
            context.Response.Body = downstream;

            // Record before anything reaches the client, so a test that has its answer also sees the journal and counters.
            if (applied is not null)
            {
                services.Faults.Record(applied);
            }

            services.Journal.Add(new JournalEntry(
                request.Method,
                path,
                request.QueryString.Value ?? "",
                Encoding.UTF8.GetString(state.Body),
                aborted ? 0 : context.Response.StatusCode,
                RouteNames.Of(context),
                state.ClientId,
                arrived,
                applied?.Label));

            if (aborted)
            {
                context.Abort();
            }
            else
            {
                await FlushAsync(context, buffer, truncate);
            }
        }
    }

    private async Task RunGuardedAsync(HttpContext context, MemoryStream buffer, RequestState state, bool isApi)
    {
        try
        {
            if (isApi)
            {
                await RunApiAsync(context, state);
            }
            else
            {
                await next(context);
            }
        }
        catch (ApiException e)
        {
            WriteRaw(context, buffer, e.Status, Encoding.UTF8.GetString(EmulatorJson.Error(e.Code, e.Description)), null, e.Headers);
        }
        catch (OAuthException e)
        {
            var body = EmulatorJson.Serialize(new Dictionary<string, string> { ["error"] = e.Error, ["error_description"] = e.Description });
            WriteRaw(context, buffer, e.Status, Encoding.UTF8.GetString(body), null, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Unhandled emulator error for {Method} {Path}", context.Request.Method, context.Request.Path);
            WriteRaw(context, buffer, 500, Encoding.UTF8.GetString(EmulatorJson.Error("INTERNAL_SERVER_ERROR", "Emulator error: " + e.Message)), null, null);
        }
    }

    private async Task RunApiAsync(HttpContext context, RequestState state)
    {
        // Authentication comes before routing errors, as on the real gateway: no token, no information.
        var principal = services.Tokens.Authenticate(context.Request.Headers.Authorization);
        state.Principal = principal;
        state.ClientId = principal.ClientId;

        var endpoint = context.GetEndpoint();
        var operation = endpoint?.Metadata.GetMetadata<WorksOperation>();
        if (operation is null)
        {
            throw endpoint is null
                ? ApiErrors.NotFound("NOT_FOUND", $"No API operation at {context.Request.Path}.")
                : new ApiException(405, "METHOD_NOT_ALLOWED", $"{context.Request.Method} is not supported on {context.Request.Path}.");
        }

        var limit = services.RateLimits.TryAcquire(principal.ClientId, RouteNames.Of(context)!);
        if (limit is { } decision)
        {
            foreach (var (name, value) in decision.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (!decision.Allowed)
            {
                throw ApiErrors.TooManyRequests(null);
            }
        }

        ScopePolicy.Demand(principal, operation, context.Request.Method);

        if (operation.PacedOrgUnitWrite)
        {
            using var slot = services.OrgUnitWrites.Enter();
            await next(context);
        }
        else
        {
            await next(context);
        }
    }

    private static async Task<byte[]> BufferRequestBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellationToken);
        request.Body.Position = 0;
        return copy.ToArray();
    }

    /// <summary>Replaces whatever the endpoint wrote (status, body, content headers) but keeps headers such as rateLimit-*.</summary>
    private static void WriteRaw(HttpContext context, MemoryStream buffer, int status, string body, string? contentType, IReadOnlyDictionary<string, string>? headers)
    {
        buffer.SetLength(0);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentLength = null;
        response.ContentType = body.Length == 0 ? null : contentType ?? "application/json; charset=UTF-8";
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        buffer.Write(Encoding.UTF8.GetBytes(body));
    }

    private static async Task FlushAsync(HttpContext context, MemoryStream buffer, bool truncate)
    {
        var length = (int)buffer.Length;
        if (truncate)
        {
            // Half the JSON at most, never the whole of it, so the client's parser must fail.
            length = length <= 1 ? 0 : Math.Max(1, length / 2);
            if (length == 0)
            {
                buffer.SetLength(0);
                buffer.Write("{\""u8);
                length = (int)buffer.Length;
            }
        }

        var status = context.Response.StatusCode;
        if (status is 204 or 304 || length == 0)
        {
            context.Response.ContentLength = status is 204 or 304 ? null : 0;
            return;
        }

        context.Response.ContentLength = length;
        try
        {
            await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, length), context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The client went away; nothing to deliver.
        }
    }
}
