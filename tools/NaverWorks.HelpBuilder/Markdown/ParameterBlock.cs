using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>
/// A parameter's platyPS yaml block: its type and how it binds in the listed sets. A parameter that is, say,
/// mandatory in one set and optional in others has one block for each.
/// </summary>
public sealed record ParameterBlock(
    string Type,
    IReadOnlyList<string> ParameterSets,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    bool Required,
    string Position,
    string DefaultValue,
    string PipelineInput,
    bool AcceptsWildcards)
{
    /// <summary>The <c>Parameter Sets</c> value meaning every set of the cmdlet.</summary>
    public const string AllSets = "(All)";

    /// <summary>True when the block applies to <paramref name="setName"/>.</summary>
    public bool AppliesTo(string setName) => ParameterSets.Contains(AllSets) || ParameterSets.Contains(setName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The yaml text, without the fence.</summary>
    public string ToYaml()
    {
        var sb = new StringBuilder();
        sb.Append("Type: ").Append(Type).Append('\n');
        sb.Append("Parameter Sets: ").Append(string.Join(", ", ParameterSets)).Append('\n');
        sb.Append("Aliases:").Append(Aliases.Count == 0 ? "" : " " + string.Join(", ", Aliases)).Append('\n');
        if (AcceptedValues.Count > 0) sb.Append("Accepted values: ").Append(string.Join(", ", AcceptedValues)).Append('\n');
        sb.Append('\n');
        sb.Append("Required: ").Append(Required ? "True" : "False").Append('\n');
        sb.Append("Position: ").Append(Position).Append('\n');
        sb.Append("Default value: ").Append(DefaultValue).Append('\n');
        sb.Append("Accept pipeline input: ").Append(PipelineInput).Append('\n');
        sb.Append("Accept wildcard characters: ").Append(AcceptsWildcards ? "True" : "False");
        return sb.ToString();
    }

    /// <summary>Reads a yaml block written by <see cref="ToYaml"/> (or by platyPS).</summary>
    /// <exception cref="FormatException">A line is not <c>key: value</c>, or a key is unknown or missing.</exception>
    public static ParameterBlock Parse(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in yaml.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            int colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"'{line}' is not 'key: value'.");
            values[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
        }
        string Need(string key) => values.TryGetValue(key, out var v) ? v : throw new FormatException($"The yaml block has no '{key}'.");
        static IReadOnlyList<string> List(string? v) =>
            string.IsNullOrWhiteSpace(v) ? Array.Empty<string>() : v!.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
        var known = new[] { "Type", "Parameter Sets", "Aliases", "Accepted values", "Required", "Position", "Default value", "Accept pipeline input", "Accept wildcard characters" };
        string? unknown = values.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null) throw new FormatException($"Unknown yaml key '{unknown}'.");
        return new ParameterBlock(
            Need("Type"),
            List(Need("Parameter Sets")),
            List(values.TryGetValue("Aliases", out var a) ? a : null),
            List(values.TryGetValue("Accepted values", out var av) ? av : null),
            Bool(Need("Required")),
            Need("Position"),
            Need("Default value"),
            Need("Accept pipeline input"),
            Bool(Need("Accept wildcard characters")));
    }

    private static bool Bool(string value) => value.Equals("True", StringComparison.OrdinalIgnoreCase)
        || (value.Equals("False", StringComparison.OrdinalIgnoreCase) ? false : throw new FormatException($"'{value}' is not True or False."));
}
