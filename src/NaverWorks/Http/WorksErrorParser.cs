using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace NaverWorks.Http
{
    /// <summary>
    /// NAVER WORKS error bodies: <c>{code, description}</c> from the API and <c>{error, error_description}</c>
    /// from the auth server; anything else (an HTML page from a proxy, a truncated body) is kept raw.
    /// </summary>
    public sealed class WorksErrorParser : IErrorParser
    {
        /// <summary>The shared instance.</summary>
        public static readonly WorksErrorParser Instance = new WorksErrorParser();

        /// <inheritdoc />
        public ApiError Parse(HttpStatusCode status, string body, HttpResponseHeaders headers)
        {
            string raw = Redactor.RedactAndTruncate(body, 4096);
            if (JsonBody.TryParseObject(body, out var root))
            {
                string? code = JsonBody.String(root, "code") ?? JsonBody.String(root, "error");
                string? description = JsonBody.String(root, "description") ?? JsonBody.String(root, "error_description");
                if (code is not null || description is not null)
                    return new ApiError(ApiService.Works, status, code, description, raw);
            }
            return new ApiError(ApiService.Works, status, null, JsonBody.Unexpected(status, body), raw);
        }
    }

    /// <summary>Tolerant helpers for reading error bodies.</summary>
    internal static class JsonBody
    {
        public static bool TryParseObject(string body, out JsonElement root)
        {
            root = default;
            if (string.IsNullOrWhiteSpace(body)) return false;
            try
            {
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.ValueKind != JsonValueKind.Object) return false;
                root = doc.RootElement.Clone();
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        public static string? String(JsonElement obj, string name)
        {
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v)) return null;
            return v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            };
        }

        /// <summary>Says what came back when it was not the documented error shape.</summary>
        public static string Unexpected(HttpStatusCode status, string body)
        {
            string trimmed = body.TrimStart();
            if (trimmed.Length == 0) return $"the response had no body ({(int)status} {status})";
            if (trimmed.StartsWith("<", System.StringComparison.Ordinal))
                return "the response was an HTML page, not the API's JSON (a proxy or gateway answered instead of the service)";
            return "the response body was not the API's JSON error shape";
        }
    }
}
