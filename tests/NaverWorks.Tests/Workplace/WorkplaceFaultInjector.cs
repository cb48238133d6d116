using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NaverWorks.Tests.Workplace;

/// <summary>
/// Test-local faults in front of the WORKPLACE emulator, deterministic by request count: transient 503s
/// that never reach WORKPLACE, and creates that WORKPLACE commits but whose answer is lost (a 500, or a
/// dropped connection). Stands in for the emu-core host's fault injection until that lands.
/// </summary>
internal sealed class WorkplaceFaultInjector
{
    private int _requests;
    private int _posts;
    private int _transient;
    private int _failedAfterCommit;
    private int _droppedAfterCommit;

    /// <summary>Every Nth request is answered 503 before WORKPLACE sees it (0 = never).</summary>
    public int TransientEvery { get; init; }

    /// <summary>Every Nth POST is committed, then answered 500 (0 = never).</summary>
    public int FailAfterCommitEvery { get; init; }

    /// <summary>Every Nth POST is committed, then its connection is dropped (0 = never).</summary>
    public int DropAfterCommitEvery { get; init; }

    /// <summary>The timestamp header of every request, in arrival order.</summary>
    public ConcurrentQueue<string> Timestamps { get; } = new();

    public int Transient => _transient;

    public int FailedAfterCommit => _failedAfterCommit;

    public int DroppedAfterCommit => _droppedAfterCommit;

    public void Install(WebApplication app) => app.Use(async (context, next) =>
    {
        Timestamps.Enqueue(context.Request.Headers["x-ncp-apigw-timestamp"].ToString());
        int request = Interlocked.Increment(ref _requests);
        if (TransientEvery > 0 && request % TransientEvery == 0)
        {
            Interlocked.Increment(ref _transient);
            await Write(context.Response, 503, "{\"error\":{\"errorCode\":\"500\",\"message\":\"Endpoint Error\",\"details\":\"injected\"}}");
            return;
        }

        int post = HttpMethods.IsPost(context.Request.Method) ? Interlocked.Increment(ref _posts) : 0;
        bool fail = post > 0 && FailAfterCommitEvery > 0 && post % FailAfterCommitEvery == 0;
        bool drop = post > 0 && !fail && DropAfterCommitEvery > 0 && post % DropAfterCommitEvery == 0;
        if (!fail && !drop)
        {
            await next(context);
            return;
        }

        // Let WORKPLACE commit, but keep its answer from the client.
        Stream original = context.Response.Body;
        context.Response.Body = new MemoryStream();
        await next(context);
        context.Response.Body = original;
        if (context.Response.StatusCode != StatusCodes.Status201Created)
        {
            throw new InvalidOperationException($"The injected fault expected a commit, got {context.Response.StatusCode}.");
        }

        if (drop)
        {
            Interlocked.Increment(ref _droppedAfterCommit);
            context.Abort();
            return;
        }

        Interlocked.Increment(ref _failedAfterCommit);
        context.Response.Clear();
        await Write(context.Response, 500, "{\"status\":500,\"code\":\"INTERNAL_SERVER_ERROR\",\"message\":\"injected after commit\",\"errors\":[]}");
    });

    private static async System.Threading.Tasks.Task Write(HttpResponse response, int status, string json)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(json, Encoding.UTF8);
    }
}
