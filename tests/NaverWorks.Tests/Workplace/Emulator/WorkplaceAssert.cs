using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;

namespace NaverWorks.Tests.Workplace.Emulator;

internal static class WorkplaceAssert
{
    /// <summary>The API Gateway shape: {"error":{"errorCode","message","details"}} and nothing else.</summary>
    public static string Gateway(WorkplaceReply reply, HttpStatusCode status, string errorCode, string message)
    {
        Assert.Equal(status, reply.Status);
        JsonObject root = reply.Json!.AsObject();
        Assert.Equal(["error"], root.Select(p => p.Key));
        JsonObject error = root["error"]!.AsObject();
        Assert.Equal(["errorCode", "message", "details"], error.Select(p => p.Key));
        Assert.Equal(errorCode, (string)error["errorCode"]!);
        Assert.Equal(message, (string)error["message"]!);
        return (string)error["details"]!;
    }

    public static string AuthenticationFailed(WorkplaceReply reply) =>
        Gateway(reply, HttpStatusCode.Unauthorized, "200", "Authentication Failed");

    /// <summary>The flat application shape; returns the fields named in errors[].</summary>
    public static IReadOnlyList<string> Application(WorkplaceReply reply, HttpStatusCode status, string code)
    {
        Assert.Equal(status, reply.Status);
        JsonObject root = reply.Json!.AsObject();
        Assert.Equal(["status", "code", "message", "errors"], root.Select(p => p.Key));
        Assert.Equal((int)status, (int)root["status"]!);
        Assert.Equal(code, (string)root["code"]!);
        Assert.False(string.IsNullOrEmpty((string)root["message"]!));
        return root["errors"]!.AsArray().Select(e => (string)e!["field"]!).ToArray();
    }

    public static IReadOnlyList<string> Invalid(WorkplaceReply reply) =>
        Application(reply, HttpStatusCode.BadRequest, "INVALID_PARAMETER");

    public static JsonObject Status(WorkplaceReply reply, HttpStatusCode status)
    {
        Assert.True(reply.Status == status, $"Expected {status}, got {reply.Status}: {reply.Json?.ToJsonString()}");
        return reply.Json?.AsObject() ?? [];
    }
}
