using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NaverWorks.HelpBuilder.Markdown;
using NaverWorks.HelpBuilder.Metadata;
using NaverWorks.HelpBuilder.Output;
using NaverWorks.HelpBuilder.Update;

namespace NaverWorks.HelpBuilder.Validation;

/// <summary>
/// The rules help must meet, as lists of problems (empty = fine), each naming the file and what to write.
/// Driven by the exported cmdlets, so a cmdlet added on any branch is checked without touching this code.
/// </summary>
public static class HelpChecks
{
    /// <summary>Examples every page needs.</summary>
    public const int MinimumExamples = 2;

    /// <summary>How wide (in screen columns) an about topic's short description may be: it must fit the one line Get-Help lists.</summary>
    public const int ShortDescriptionWidth = AboutTopicRenderer.Width - 4;

    private static readonly Regex Placeholder = new(@"^\{\{.*\}\}$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>Every exported cmdlet has a complete page in every culture.</summary>
    public static IReadOnlyList<string> Completeness(HelpLayout layout, IReadOnlyList<CmdletMetadata> cmdlets)
    {
        var problems = new List<string>();
        foreach (string culture in RequiredCultures(layout))
        {
            CultureText text = CultureText.For(culture);
            foreach (CmdletMetadata cmdlet in cmdlets)
            {
                string path = layout.CommandDocPath(culture, cmdlet.Name);
                string where = layout.Relative(path);
                if (!File.Exists(path))
                {
                    problems.Add($"{where}: missing; run update-docs, then write it.");
                    continue;
                }
                CheckPage(CommandDocReader.Read(File.ReadAllText(path), where), where, text, problems);
            }
        }
        return problems;
    }

    /// <summary>The cultures agree on each cmdlet's parameter sets, parameters, examples and types.</summary>
    public static IReadOnlyList<string> Agreement(HelpLayout layout, IReadOnlyList<CmdletMetadata> cmdlets)
    {
        var problems = new List<string>();
        var cultures = RequiredCultures(layout);
        string reference = cultures[0];
        foreach (CmdletMetadata cmdlet in cmdlets)
        {
            var pages = cultures
                .Select(c => (Culture: c, Path: layout.CommandDocPath(c, cmdlet.Name)))
                .Where(p => File.Exists(p.Path))
                .Select(p => (p.Culture, Doc: CommandDocReader.Read(File.ReadAllText(p.Path), layout.Relative(p.Path))))
                .ToList();
            var baseline = pages.FirstOrDefault(p => p.Culture == reference);
            if (baseline.Doc is null) continue; // reported by Completeness
            foreach (var other in pages.Where(p => p.Culture != reference))
            {
                string pair = $"{cmdlet.Name}: {reference} and {other.Culture}";
                Compare(problems, pair, "parameter sets", baseline.Doc.Syntax.Select(s => s.SetName + (s.IsDefault ? " (Default)" : "")), other.Doc.Syntax.Select(s => s.SetName + (s.IsDefault ? " (Default)" : "")));
                Compare(problems, pair, "syntax", baseline.Doc.Syntax.Select(s => s.Text), other.Doc.Syntax.Select(s => s.Text));
                Compare(problems, pair, "parameters", baseline.Doc.Parameters.Select(p => p.Name), other.Doc.Parameters.Select(p => p.Name));
                Compare(problems, pair, "parameter metadata (yaml blocks)",
                    baseline.Doc.Parameters.Select(p => p.Name + ":\n" + string.Join("\n", p.Blocks.Select(b => b.ToYaml()))),
                    other.Doc.Parameters.Select(p => p.Name + ":\n" + string.Join("\n", p.Blocks.Select(b => b.ToYaml()))));
                Compare(problems, pair, "input types", baseline.Doc.Inputs.Select(t => t.Type), other.Doc.Inputs.Select(t => t.Type));
                Compare(problems, pair, "output types", baseline.Doc.Outputs.Select(t => t.Type), other.Doc.Outputs.Select(t => t.Type));
                if (baseline.Doc.Examples.Count != other.Doc.Examples.Count)
                    problems.Add($"{pair} have {baseline.Doc.Examples.Count} and {other.Doc.Examples.Count} examples; translate every example.");
            }
        }
        return problems;
    }

    /// <summary>
    /// About topics: the same topics in every culture, each well formed with a one-line short description in
    /// its language, and <c>about_&lt;Module&gt;</c> naming every other topic (it is the index).
    /// </summary>
    public static IReadOnlyList<string> AboutTopics(HelpLayout layout, string moduleName)
    {
        var problems = new List<string>();
        var cultures = RequiredCultures(layout);
        string index = "about_" + moduleName;
        var referenceNames = layout.AboutDocPaths(cultures[0]).Select(Path.GetFileNameWithoutExtension).ToList();
        foreach (string culture in cultures)
        {
            CultureText text = CultureText.For(culture);
            var paths = layout.AboutDocPaths(culture);
            var names = paths.Select(p => Path.GetFileNameWithoutExtension(p)!).ToList();
            if (!names.Contains(index)) problems.Add($"docs/{culture}/{index}.md is missing: it is the module's overview and index.");
            Compare(problems, $"docs/{cultures[0]} and docs/{culture}", "about topics", referenceNames!, names, "write each topic in every culture");
            foreach (string path in paths)
            {
                string where = layout.Relative(path);
                AboutDoc doc;
                try
                {
                    doc = AboutDoc.Read(File.ReadAllText(path), where);
                }
                catch (HelpFormatException ex)
                {
                    problems.Add(ex.Message);
                    continue;
                }
                string name = Path.GetFileNameWithoutExtension(path);
                if (doc.Name != name) problems.Add($"{where}: the title '# {doc.Name}' must be the file name, '# {name}'.");
                var shortBlocks = TextBlocks.Parse(doc.ShortDescription);
                if (shortBlocks.Count != 1 || shortBlocks[0].Kind != TextBlockKind.Paragraph || TextWidth.Of(shortBlocks[0].Text) > ShortDescriptionWidth)
                    problems.Add($"{where}: the short description (first section) must be one sentence of at most {ShortDescriptionWidth} columns; Get-Help lists topics with it.");
                // Sections of running text must be translated; a list of topic names (SEE ALSO) need not be.
                foreach (var part in doc.Sections.Where(s => TextBlocks.Parse(s.Text).Any(b => b.Kind == TextBlockKind.Paragraph) && !text.IsWrittenIn(s.Text)))
                    problems.Add($"{where}: section '{part.Heading}' is not written in {culture}.");
                if (name == index)
                {
                    string all = string.Join("\n", doc.Sections.Select(s => s.Text));
                    foreach (string other in names.Where(n => n != index && !all.Contains(n, StringComparison.Ordinal)))
                        problems.Add($"{where}: the index does not mention {other}.");
                }
            }
        }
        return problems;
    }

    /// <summary>The cultures help must exist in: every known culture and every docs folder, the reference (en-US) first.</summary>
    public static IReadOnlyList<string> RequiredCultures(HelpLayout layout) =>
        CultureText.Known.Union(layout.Cultures, StringComparer.OrdinalIgnoreCase)
            .OrderBy(c => c == "en-US" ? 0 : 1).ThenBy(c => c, StringComparer.Ordinal)
            .ToList();

    private static void CheckPage(CommandDoc doc, string where, CultureText text, List<string> problems)
    {
        void Need(string value, string what)
        {
            if (IsEmpty(value)) problems.Add($"{where}: {what} is empty.");
            else if (!text.IsWrittenIn(value)) problems.Add($"{where}: {what} is not written in {text.Culture}.");
        }

        Need(doc.Synopsis, "## SYNOPSIS");
        Need(doc.Description, "## DESCRIPTION");
        foreach (ParameterDoc p in doc.Parameters) Need(p.Description, $"the description of -{p.Name}");

        if (doc.Examples.Count < MinimumExamples) problems.Add($"{where}: has {doc.Examples.Count} examples; write at least {MinimumExamples}.");
        foreach (ExampleDoc e in doc.Examples)
        {
            if (IsEmpty(ExampleCode.Of(e.Body))) problems.Add($"{where}: example '{e.Title}' has no fenced code.");
            Need(ExampleCode.Remarks(e.Body), $"the explanation of example '{e.Title}'");
        }
        if (doc.Examples.Count > 0 && !doc.Examples.Any(e => ExampleCode.HasPipeline(ExampleCode.Of(e.Body))))
            problems.Add($"{where}: no example uses a pipeline (|); show how the cmdlet combines with others.");

        CheckTypes(doc.Inputs, "## INPUTS", where, text, problems);
        CheckTypes(doc.Outputs, "## OUTPUTS", where, text, problems);
    }

    private static void CheckTypes(IReadOnlyList<TypeEntry> entries, string section, string where, CultureText text, List<string> problems)
    {
        if (entries.Count == 0) problems.Add($"{where}: {section} lists no type.");
        foreach (TypeEntry t in entries)
        {
            if (IsEmpty(t.Description)) problems.Add($"{where}: {section} '{t.Type}' has no description.");
            else if (!text.IsWrittenIn(t.Description)) problems.Add($"{where}: {section} '{t.Type}' is not written in {text.Culture}.");
        }
    }

    private static bool IsEmpty(string value) => string.IsNullOrWhiteSpace(value) || Placeholder.IsMatch(value.Trim());

    private static void Compare(List<string> problems, string pair, string what, IEnumerable<string> left, IEnumerable<string> right, string advice = "run update-docs")
    {
        var l = left.ToList();
        var r = right.ToList();
        if (l.SequenceEqual(r, StringComparer.Ordinal)) return;
        var onlyLeft = l.Except(r, StringComparer.Ordinal).ToList();
        var onlyRight = r.Except(l, StringComparer.Ordinal).ToList();
        string detail = onlyLeft.Count + onlyRight.Count == 0
            ? "the same items in a different order"
            : string.Join("; ", new[] { onlyLeft.Count > 0 ? "only in the first: " + string.Join(", ", onlyLeft.Select(Short)) : null, onlyRight.Count > 0 ? "only in the second: " + string.Join(", ", onlyRight.Select(Short)) : null }.Where(s => s is not null));
        problems.Add($"{pair} disagree on {what} ({detail}); {advice}.");
    }

    private static string Short(string s) => s.Length > 80 ? s.Substring(0, 77).Replace('\n', ' ') + "..." : s.Replace('\n', ' ');
}
