using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace NaverWorks.Emulator.Workplace;

/// <summary>A status, an optional JSON body and extra headers; what every WORKPLACE handler returns.</summary>
internal sealed record WorkplaceResponse(int Status, JsonNode? Body, IReadOnlyList<KeyValuePair<string, string>>? Headers = null)
{
    // Relaxed escaping so Korean names travel as UTF-8 text, as a Java backend sends them.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WorkplaceResponse NoContent { get; } = new(StatusCodes.Status204NoContent, null);

    /// <summary>Writes the response without reflection-based serialization, so it works whatever JSON options the host configures.</summary>
    public async Task WriteAsync(HttpContext context)
    {
        HttpResponse response = context.Response;
        response.StatusCode = Status;
        foreach (KeyValuePair<string, string> header in Headers ?? [])
        {
            response.Headers[header.Key] = header.Value;
        }

        if (Body is null)
        {
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Body.WriteTo(writer);
        }

        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}
