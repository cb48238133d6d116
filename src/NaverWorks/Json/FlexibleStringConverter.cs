using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NaverWorks.Json
{
    /// <summary>
    /// Reads a value the service sends sometimes as a string and sometimes as a number
    /// (the token response's <c>expires_in</c> is documented as a string, e.g. "86400").
    /// </summary>
    public sealed class FlexibleLongConverter : JsonConverter<long>
    {
        /// <inheritdoc />
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number) return reader.GetInt64();
            if (reader.TokenType == JsonTokenType.String &&
                long.TryParse(reader.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long v))
                return v;
            throw new JsonException("Expected a number or a numeric string.");
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
