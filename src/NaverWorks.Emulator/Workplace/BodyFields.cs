using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// Reads and checks the fields of one request body, collecting every problem (not just the first)
/// and building the normalized object to store. Shared by all resources so the rules are uniform:
/// unknown fields are refused (catches misspellings such as externalEmailReceiveYN), types are exact
/// (no "true" for true, no 1 for "1"), JSON null counts as absent, and an empty string is refused
/// (omit an optional field instead). All of this is the emulator's strict choice. [INFERRED]
/// </summary>
internal sealed class BodyFields
{
    private readonly JsonObject _body;
    private readonly List<WorkplaceFieldError> _errors = [];

    public BodyFields(JsonObject body, IReadOnlySet<string> allowed)
    {
        _body = body;
        foreach (KeyValuePair<string, JsonNode?> property in body)
        {
            if (!allowed.Contains(property.Key))
            {
                Error(property.Key, "is not a known field.");
            }
        }
    }

    /// <summary>The validated values in the order they were read.</summary>
    public JsonObject Stored { get; } = new();

    public IReadOnlyList<WorkplaceFieldError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Error(string field, string message) => _errors.Add(new WorkplaceFieldError(field, message));

    /// <summary>Adds an error when <paramref name="value"/> is present and fails <paramref name="rule"/>.</summary>
    public void Check(string field, string? value, Func<string, bool> rule, string message)
    {
        if (value is not null && !rule(value))
        {
            Error(field, message);
        }
    }

    public string? String(string name, int maxLength, bool required, bool store = true)
    {
        string? value = null;
        if (Read(name, required, JsonValueKind.String, "a string") is JsonNode node)
        {
            value = node.GetValue<string>();
            if (value.Length == 0)
            {
                Error(name, required ? "is required." : "must not be empty; omit the field instead.");
                value = null;
            }
            else if (value.Length > maxLength)
            {
                Error(name, $"must be at most {maxLength} characters.");
                value = null;
            }
            else if (value.Any(char.IsControl))
            {
                Error(name, "must not contain control characters.");
                value = null;
            }
        }

        if (store)
        {
            Stored[name] = value;
        }

        return value;
    }

    public bool? Boolean(string name, bool required, bool? defaultValue = null)
    {
        bool? value = Read(name, required, JsonValueKind.True, "a boolean")?.GetValue<bool>() ?? defaultValue;
        Stored[name] = value;
        return value;
    }

    /// <summary>Map&lt;Locale,String&gt;: locale keys from <see cref="FieldRules.Locales"/>, non-empty string values of at most 100 characters. Stored as {} when absent.</summary>
    public void I18nNames(string name = "i18nNames")
    {
        var names = new JsonObject();
        if (Read(name, required: false, JsonValueKind.Object, "an object") is JsonObject map)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in map)
            {
                string field = name + "." + entry.Key;
                if (!FieldRules.Locales.Contains(entry.Key))
                {
                    Error(field, "is not a supported locale (" + string.Join(", ", FieldRules.Locales) + ").");
                }
                else if (entry.Value?.GetValueKind() != JsonValueKind.String || entry.Value.GetValue<string>() is not { Length: > 0 and <= 100 } text)
                {
                    Error(field, "must be a non-empty string of at most 100 characters.");
                }
                else
                {
                    names[entry.Key] = text;
                }
            }
        }

        Stored[name] = names;
    }

    /// <summary>An array of distinct non-empty strings. Stored as [] when absent and optional.</summary>
    public IReadOnlyList<string>? StringList(string name, int maxItemLength, bool required)
    {
        List<string>? items = null;
        if (Read(name, required, JsonValueKind.Array, "an array") is JsonArray array)
        {
            items = [];
            for (int i = 0; i < array.Count; i++)
            {
                string field = $"{name}[{i}]";
                if (array[i]?.GetValueKind() != JsonValueKind.String || array[i]!.GetValue<string>() is not { Length: > 0 } item || item.Length > maxItemLength)
                {
                    Error(field, $"must be a non-empty string of at most {maxItemLength} characters.");
                }
                else if (items.Contains(item, StringComparer.Ordinal))
                {
                    Error(field, $"'{item}' is listed twice.");
                }
                else
                {
                    items.Add(item);
                }
            }
        }

        Stored[name] = new JsonArray((items ?? []).Select(i => (JsonNode?)i).ToArray());
        return items;
    }

    private JsonNode? Read(string name, bool required, JsonValueKind kind, string description)
    {
        if (!_body.TryGetPropertyValue(name, out JsonNode? node) || node is null)
        {
            if (required)
            {
                Error(name, "is required.");
            }

            return null;
        }

        JsonValueKind actual = node.GetValueKind();
        bool matches = kind == JsonValueKind.True ? actual is JsonValueKind.True or JsonValueKind.False : actual == kind;
        if (!matches)
        {
            Error(name, $"must be {description}.");
            return null;
        }

        return node;
    }
}
