using System;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NaverWorks.Http;

namespace NaverWorks.Json
{
    /// <summary>
    /// The module's one JSON configuration: camelCase on the wire, PascalCase in PowerShell, nulls left out
    /// of requests (PATCH sends only what was given), unknown fields kept in each model's extension bag.
    /// </summary>
    public static class WorksJson
    {
        /// <summary>Options for API bodies.</summary>
        public static JsonSerializerOptions Options { get; } = Create();

        private static JsonSerializerOptions Create()
        {
            var o = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                PropertyNameCaseInsensitive = true,
                // Korean and Japanese names stay readable in -Debug output.
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            };
            o.Converters.Add(new JsonStringEnumConverter());
            return o;
        }

        /// <summary>Serializes a request body.</summary>
        public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

        /// <summary>
        /// Reads a successful response. A body that is not the documented shape becomes a
        /// <see cref="WorksApiException"/> that says so, instead of a bare parser error.
        /// </summary>
        public static T Deserialize<T>(ApiResponse response, ApiRequest request, ApiService service)
        {
            try
            {
                T? value = JsonSerializer.Deserialize<T>(response.Body, Options);
                if (value is null) throw new JsonException("The body was empty or null.");
                return value;
            }
            catch (JsonException ex)
            {
                string raw = Redactor.RedactAndTruncate(response.Body.Length == 0 ? "" : Encoding.UTF8.GetString(response.Body), 1024);
                var error = new ApiError(service, response.Status, "UNEXPECTED_RESPONSE",
                    $"the response was not the expected {typeof(T).Name} JSON ({ex.Message})", raw);
                throw new WorksApiException(error, request.Method.Method, request.Path, ex);
            }
        }

        /// <summary>Parses arbitrary JSON bytes into a DOM (for the escape hatch and raw views).</summary>
        public static JsonElement ParseElement(byte[] body)
        {
            if (body.Length == 0) return default;
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.Clone();
        }
    }
}
