using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NaverWorks.Json
{
    /// <summary>
    /// A calendar date as <c>yyyy-MM-dd</c> (WORKPLACE's <c>employYmd</c>, <c>birthYmd</c>): written without a
    /// time or zone, so a hire date never shifts a day with the computer's time zone.
    /// </summary>
    public sealed class YmdDateConverter : JsonConverter<DateTime>
    {
        /// <inheritdoc />
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is not null && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
                return date;
            // Tolerate a full timestamp; only its date part matters.
            if (text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTime stamp))
                return stamp.Date;
            throw new JsonException("Expected a date in yyyy-MM-dd form.");
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
