using System.Text.Json;

namespace NaverWorks.Emulator.Infrastructure;

/// <summary>
/// A strict reader over one JSON object of a request body. Every accessor takes the property's
/// current value and the <see cref="BindMode"/> decides what absence means, so a resource's binder
/// is one line per property and the create/PUT/PATCH semantics live here only. Errors name the full
/// property path (<c>organizations[0].orgUnits[1].orgUnitId</c>). Unknown properties are ignored so
/// that a PUT built from a GET (with read-only fields) is accepted.
/// </summary>
internal readonly struct JsonBody
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowDuplicateProperties = false, MaxDepth = 32 };

    private readonly JsonElement _object;
    private readonly string _path;

    private JsonBody(JsonElement obj, string path, BindMode mode)
    {
        _object = obj;
        _path = path;
        Mode = mode;
    }

    public BindMode Mode { get; }

    public static JsonBody Parse(ReadOnlyMemory<byte> utf8, BindMode mode)
    {
        if (utf8.IsEmpty)
        {
            throw ApiErrors.BadRequest("The request body is empty; a JSON object is required");
        }

        try
        {
            using var document = JsonDocument.Parse(utf8, ParseOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw ApiErrors.BadRequest("The request body must be a JSON object");
            }

            return new JsonBody(document.RootElement.Clone(), "", mode);
        }
        catch (JsonException e)
        {
            throw ApiErrors.BadRequest($"The request body is not valid JSON: {e.Message}");
        }
    }

    public string PathOf(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    public bool Has(string name) => _object.TryGetProperty(name, out _);

    public bool TryGetRaw(string name, out JsonElement value) => _object.TryGetProperty(name, out value);

    public string? String(string name, string? current, StringRule rule)
    {
        if (!TryTake(name, rule.Required, out var value))
        {
            return Mode == BindMode.Patch ? current : rule.Default;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (rule.Required)
            {
                throw ApiErrors.Missing(PathOf(name));
            }

            return rule.Nullable ? null : throw ApiErrors.Invalid(PathOf(name), "must not be null");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw ApiErrors.Invalid(PathOf(name), "must be a string");
        }

        return rule.Check(PathOf(name), value.GetString()!);
    }

    public bool Bool(string name, bool current, bool defaultValue)
    {
        if (!TryTake(name, required: false, out var value))
        {
            return Mode == BindMode.Patch ? current : defaultValue;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw ApiErrors.Invalid(PathOf(name), "must be a boolean"),
        };
    }

    public bool? NullableBool(string name, bool? current)
    {
        if (!TryTake(name, required: false, out var value))
        {
            return Mode == BindMode.Patch ? current : null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw ApiErrors.Invalid(PathOf(name), "must be a boolean"),
        };
    }

    public int Int(string name, int current, bool required, int defaultValue = 0, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!TryTake(name, required, out var value))
        {
            return Mode == BindMode.Patch ? current : defaultValue;
        }

        if (value.ValueKind == JsonValueKind.Null && required)
        {
            throw ApiErrors.Missing(PathOf(name));
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw ApiErrors.Invalid(PathOf(name), "must be a 32-bit integer");
        }

        if (number < min || number > max)
        {
            throw ApiErrors.Invalid(PathOf(name), max == int.MaxValue ? $"must be at least {min}" : $"must be between {min} and {max}");
        }

        return number;
    }

    /// <summary>
    /// A nested object. On PATCH an existing nested object is merged (only the given properties
    /// change); otherwise the nested object is bound from scratch.
    /// </summary>
    public T? Object<T>(string name, T? current, bool required, Func<JsonBody, T?, T> bind)
        where T : class
    {
        if (!TryTake(name, required, out var value))
        {
            return Mode == BindMode.Patch ? current : null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw ApiErrors.Missing(PathOf(name)) : null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw ApiErrors.Invalid(PathOf(name), "must be an object");
        }

        var merge = Mode == BindMode.Patch && current is not null;
        return bind(new JsonBody(value, PathOf(name), merge ? BindMode.Patch : BindMode.Create), merge ? current : null);
    }

    /// <summary>An array of objects; a given array always replaces the whole list (also on PATCH). JSON null reads as empty.</summary>
    public IReadOnlyList<T> Array<T>(string name, IReadOnlyList<T> current, Func<JsonBody, T> bindElement, int maxItems = int.MaxValue)
    {
        var elements = Elements(name, maxItems, out var given);
        if (!given)
        {
            return Mode == BindMode.Patch ? current : [];
        }

        var result = new List<T>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            var path = $"{PathOf(name)}[{i}]";
            if (elements[i].ValueKind != JsonValueKind.Object)
            {
                throw ApiErrors.Invalid(path, "must be an object");
            }

            result.Add(bindElement(new JsonBody(elements[i], path, BindMode.Create)));
        }

        return result;
    }

    public IReadOnlyList<string> StringArray(string name, IReadOnlyList<string> current, StringRule elementRule, int maxItems = int.MaxValue)
    {
        var elements = Elements(name, maxItems, out var given);
        if (!given)
        {
            return Mode == BindMode.Patch ? current : [];
        }

        var result = new List<string>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            var path = $"{PathOf(name)}[{i}]";
            if (elements[i].ValueKind != JsonValueKind.String)
            {
                throw ApiErrors.Invalid(path, "must be a string");
            }

            result.Add(elementRule.Check(path, elements[i].GetString()!));
        }

        return result;
    }

    private List<JsonElement> Elements(string name, int maxItems, out bool given)
    {
        given = _object.TryGetProperty(name, out var value);
        if (!given || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw ApiErrors.Invalid(PathOf(name), "must be an array");
        }

        var count = value.GetArrayLength();
        if (count > maxItems)
        {
            throw ApiErrors.Invalid(PathOf(name), $"must contain at most {maxItems} items");
        }

        return [.. value.EnumerateArray()];
    }

    private bool TryTake(string name, bool required, out JsonElement value)
    {
        if (_object.TryGetProperty(name, out value))
        {
            return true;
        }

        if (required && Mode != BindMode.Patch)
        {
            throw ApiErrors.Missing(PathOf(name));
        }

        return false;
    }
}
