using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Json;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// JSON to PowerShell objects and back, for the escape hatch and raw views. The hosted engine and
    /// Windows PowerShell 5.1 differ in ConvertFrom-Json, so the module does its own, the same everywhere.
    /// </summary>
    public static class PSJson
    {
        /// <summary>Converts a JSON value into PSCustomObjects, arrays and primitives.</summary>
        public static object? ToPSObject(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var obj = new PSObject();
                    foreach (var p in element.EnumerateObject()) obj.Properties.Add(new PSNoteProperty(p.Name, ToPSObject(p.Value)));
                    return obj;
                case JsonValueKind.Array:
                    var list = new object?[element.GetArrayLength()];
                    int i = 0;
                    foreach (var item in element.EnumerateArray()) list[i++] = ToPSObject(item);
                    return list;
                case JsonValueKind.String: return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt64(out long l)) return l;
                    return element.GetDouble();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                default: return null;
            }
        }

        /// <summary>
        /// Serializes a hashtable, PSCustomObject, array or primitive (a string is taken as JSON text already).
        /// </summary>
        public static byte[] FromPSObject(object? value)
        {
            object? unwrapped = value is PSObject p && p.BaseObject is not PSCustomObject ? p.BaseObject : value;
            if (unwrapped is string s)
            {
                using (JsonDocument.Parse(s)) { } // refuse invalid JSON before it is sent
                return Encoding.UTF8.GetBytes(s);
            }
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                Write(writer, value, 0);
            return stream.ToArray();
        }

        private static void Write(Utf8JsonWriter w, object? value, int depth)
        {
            if (depth > 64) throw new ArgumentException("The body is nested more than 64 levels deep.");
            if (value is PSObject pso)
            {
                if (pso.BaseObject is PSCustomObject)
                {
                    w.WriteStartObject();
                    foreach (var prop in pso.Properties)
                    {
                        if (prop.MemberType != PSMemberTypes.NoteProperty) continue;
                        w.WritePropertyName(prop.Name);
                        Write(w, prop.Value, depth + 1);
                    }
                    w.WriteEndObject();
                    return;
                }
                value = pso.BaseObject;
            }
            switch (value)
            {
                case null: w.WriteNullValue(); return;
                case string s: w.WriteStringValue(s); return;
                case bool b: w.WriteBooleanValue(b); return;
                case SwitchParameter sw: w.WriteBooleanValue(sw.IsPresent); return;
                case DateTime dt: w.WriteStringValue(dt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)); return;
                case DateTimeOffset dto: w.WriteStringValue(dto.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)); return;
                case Enum e: w.WriteStringValue(e.ToString()); return;
                case IDictionary dict:
                    w.WriteStartObject();
                    foreach (DictionaryEntry entry in dict)
                    {
                        w.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                        Write(w, entry.Value, depth + 1);
                    }
                    w.WriteEndObject();
                    return;
                case IEnumerable items:
                    w.WriteStartArray();
                    foreach (object? item in items) Write(w, item, depth + 1);
                    w.WriteEndArray();
                    return;
                case IConvertible c when IsNumber(c.GetTypeCode()):
                    w.WriteRawValue(Convert.ToString(c, CultureInfo.InvariantCulture)!);
                    return;
                default:
                    w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    return;
            }
        }

        private static bool IsNumber(TypeCode code) => code >= TypeCode.SByte && code <= TypeCode.Decimal;
    }
}
