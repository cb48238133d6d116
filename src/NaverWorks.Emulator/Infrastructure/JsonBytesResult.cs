using Microsoft.AspNetCore.Http;

namespace NaverWorks.Emulator.Infrastructure;

/// <summary>
/// A response whose JSON was already serialized, typically under the tenant lock so that the
/// bytes are a consistent snapshot; writing them happens outside the lock.
/// </summary>
internal sealed class JsonBytesResult(int status, byte[]? body) : IResult
{
    public static JsonBytesResult NoContent { get; } = new(StatusCodes.Status204NoContent, null);

    public static JsonBytesResult Ok(object value) => new(StatusCodes.Status200OK, EmulatorJson.Serialize(value));

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        if (body is null)
        {
            return Task.CompletedTask;
        }

        httpContext.Response.ContentType = "application/json; charset=UTF-8";
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body).AsTask();
    }
}
