using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// Reads a POST/PUT body: <c>application/json</c> (UTF-8) only [READ: every example sends it; refusing
/// others is INFERRED], at most <see cref="MaxBytes"/> (gateway 413 code 430 above; the real limit is
/// undocumented), one JSON object with no duplicate property names.
/// </summary>
internal static class RequestBody
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions ParseOptions = new() { AllowDuplicateProperties = false };

    public static async Task<(JsonObject? Body, WorkplaceResponse? Error)> ReadObjectAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? type)
            || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, WorkplaceError.UnsupportedMediaType("The body must be sent as Content-Type: application/json (UTF-8).").ToResponse());
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, InvalidJson("A JSON object body is required."));
        }

        try
        {
            JsonNode? node = JsonNode.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), documentOptions: ParseOptions);
            return node is JsonObject body ? (body, null) : (null, InvalidJson("The body must be a JSON object."));
        }
        catch (JsonException exception)
        {
            return (null, InvalidJson("The body is not valid JSON: " + exception.Message));
        }
    }

    private static WorkplaceResponse InvalidJson(string message) =>
        WorkplaceError.BadRequest(WorkplaceErrorCodes.InvalidJson, message).ToResponse();

    private static WorkplaceResponse TooLarge() =>
        GatewayError.RequestEntityTooLarge($"The request body exceeds {MaxBytes} bytes.");
}
