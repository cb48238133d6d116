using System.Text.Json.Serialization;
using NaverWorks.Json;

namespace NaverWorks.Auth
{
    /// <summary>The token endpoint's answer (RFC 6749 §5.1; <c>expires_in</c> arrives as a string).</summary>
    internal sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        [JsonPropertyName("refresh_token")]
        public string? RefreshToken { get; set; }

        [JsonPropertyName("token_type")]
        public string? TokenType { get; set; }

        [JsonPropertyName("expires_in")]
        [JsonConverter(typeof(FlexibleLongConverter))]
        public long ExpiresIn { get; set; }

        [JsonPropertyName("scope")]
        public string? Scope { get; set; }
    }
}
