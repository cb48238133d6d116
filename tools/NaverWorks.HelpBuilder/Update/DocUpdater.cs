using System;
using System.Collections.Generic;
using System.Linq;
using NaverWorks.HelpBuilder.Markdown;
using NaverWorks.HelpBuilder.Metadata;

namespace NaverWorks.HelpBuilder.Update;

/// <summary>
/// Brings one cmdlet page in line with the code. Derived from the code: the front matter's file and module
/// names, SYNTAX, the parameter list and every yaml block, the CommonParameters paragraph, and the type
/// headings of INPUTS and OUTPUTS. Kept as written: synopsis, description, examples, parameter descriptions,
/// type descriptions, notes and related links. A new parameter arrives with an empty description (or the
/// culture's standard one), a removed parameter disappears with its description.
/// </summary>
public static class DocUpdater
{
    /// <summary>The page for <paramref name="cmdlet"/>, starting from <paramref name="existing"/> (null for a new page).</summary>
    public static CommandDoc Update(CmdletMetadata cmdlet, CommandDoc? existing, CultureText text)
    {
        var doc = new CommandDoc { Name = cmdlet.Name };
        doc.FrontMatter.AddRange(FrontMatterFor(cmdlet, existing, text.Culture));
        doc.Synopsis = existing?.Synopsis ?? "";
        doc.Syntax.AddRange(cmdlet.ParameterSets.Select(s => new SyntaxBlock(s.Name, s.IsDefault, SyntaxText.Write(cmdlet, s))));
        doc.Description = existing?.Description ?? "";
        if (existing is not null) doc.Examples.AddRange(existing.Examples);

        foreach (CmdletParameter p in cmdlet.Parameters.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            string written = existing?.Parameters.FirstOrDefault(x => x.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase))?.Description ?? "";
            string description = written.Length > 0 ? written : text.StandardDescription(p.Name, p.TypeName) ?? "";
            doc.Parameters.Add(new ParameterDoc(p.Name, description, Blocks(cmdlet, p)));
        }
        doc.CommonParameters = text.CommonParameters;

        doc.Inputs.AddRange(MergeTypes(cmdlet.InputTypes, existing?.Inputs));
        doc.Outputs.AddRange(MergeTypes(cmdlet.OutputTypes, existing?.Outputs));
        doc.Notes = existing?.Notes ?? "";
        doc.RelatedLinks = existing?.RelatedLinks ?? "";
        return doc;
    }

    private static IEnumerable<KeyValuePair<string, string>> FrontMatterFor(CmdletMetadata cmdlet, CommandDoc? existing, string culture)
    {
        var derived = new[]
        {
            Pair("external help file", cmdlet.HelpFile),
            Pair("Locale", culture),
            Pair("Module Name", cmdlet.ModuleName),
            Pair("online version", existing?.Meta("online version") ?? ""),
            Pair("schema", "2.0.0"),
        };
        var keys = new HashSet<string>(derived.Select(d => d.Key));
        return derived.Concat(existing?.FrontMatter.Where(kv => !keys.Contains(kv.Key)) ?? Enumerable.Empty<KeyValuePair<string, string>>());
    }

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

    /// <summary>One yaml block per distinct behaviour (required, position, pipeline input), in the order the sets come.</summary>
    public static IReadOnlyList<ParameterBlock> Blocks(CmdletMetadata cmdlet, CmdletParameter p)
    {
        var groups = p.Usages
            .GroupBy(u => (u.Required, u.Position, u.PipelineInput))
            .ToList();
        bool everywhere = groups.Count == 1 && cmdlet.ParameterSets.All(s => p.Usages.Any(u => u.SetName == s.Name));
        return groups.Select(g => new ParameterBlock(
                p.TypeName,
                everywhere ? new[] { ParameterBlock.AllSets } : g.Select(u => u.SetName).ToArray(),
                p.Aliases,
                p.AcceptedValues,
                g.Key.Required,
                g.Key.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Named",
                p.DefaultValue,
                g.Key.PipelineInput,
                p.AcceptsWildcards))
            .ToList();
    }

    // Derived types keep their written descriptions; entries someone added by hand survive if they say
    // something; a derived "None" gives way to hand-written entries (e.g. objects bound by property name).
    private static IEnumerable<TypeEntry> MergeTypes(IReadOnlyList<string> derived, IReadOnlyList<TypeEntry>? existing)
    {
        existing ??= Array.Empty<TypeEntry>();
        var added = existing.Where(e => !derived.Contains(e.Type, StringComparer.Ordinal) && e.Description.Length > 0).ToList();
        bool onlyNone = derived.Count == 1 && derived[0] == "None";
        var result = new List<TypeEntry>();
        foreach (string type in derived)
        {
            string description = existing.FirstOrDefault(e => e.Type == type)?.Description ?? "";
            if (onlyNone && added.Count > 0 && description.Length == 0) continue;
            result.Add(new TypeEntry(type, description));
        }
        result.AddRange(added);
        return result;
    }
}
