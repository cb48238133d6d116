using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NaverWorks.Emulator.Infrastructure;

/// <summary>One JSON configuration for every response: camelCase, nulls written (the API returns empty properties as null), Hangul unescaped.</summary>
internal static class EmulatorJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);

    public static byte[] Error(string code, string description) =>
        Serialize(new Dictionary<string, string> { ["code"] = code, ["description"] = description });
}
