using System;
using System.Collections.Generic;
using System.Linq;
using NaverWorks.HelpBuilder.Metadata;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>
/// Reads a platyPS cmdlet page. Strict about the layout (known sections, one yaml block per behaviour) so a
/// mistake is reported with its line rather than silently dropped from the compiled help.
/// </summary>
public static class CommandDocReader
{
    /// <summary>The sections of a cmdlet page, in order.</summary>
    public static readonly IReadOnlyList<string> SectionNames = new[]
    {
        "SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS",
    };

    /// <summary>Parses <paramref name="text"/>; <paramref name="path"/> is for messages only.</summary>
    /// <exception cref="HelpFormatException">The page does not follow the layout.</exception>
    public static CommandDoc Read(string text, string path)
    {
        List<Line> lines = MarkdownLines.Split(text);
        var doc = new CommandDoc();
        int i = FrontMatter.Read(lines, doc.FrontMatter, path);
        while (i < lines.Count && lines[i].Text.Length == 0) i++;
        if (i >= lines.Count || !lines[i].Text.StartsWith("# ", StringComparison.Ordinal))
            throw new HelpFormatException(path, i < lines.Count ? lines[i].Number : lines.Count, "Expected the title '# <Cmdlet-Name>'.");
        doc.Name = lines[i].Text.Substring(2).Trim();
        var sections = MarkdownLines.SplitAt(lines.Skip(i + 1).ToList(), 2, out var preamble);
        RequireBlank(preamble, path, "between the title and '## SYNOPSIS'");

        var seen = new HashSet<string>();
        foreach (Section s in sections)
        {
            string name = s.Heading.ToUpperInvariant();
            if (!SectionNames.Contains(name))
                throw new HelpFormatException(path, s.Number, $"Unknown section '## {s.Heading}'. The sections are: {string.Join(", ", SectionNames)}.");
            if (!seen.Add(name)) throw new HelpFormatException(path, s.Number, $"'## {s.Heading}' appears twice.");
            switch (name)
            {
                case "SYNOPSIS": doc.Synopsis = MarkdownLines.Text(s.Body); break;
                case "SYNTAX": doc.Syntax.AddRange(ReadSyntax(s, path)); break;
                case "DESCRIPTION": doc.Description = MarkdownLines.Text(s.Body); break;
                case "EXAMPLES": doc.Examples.AddRange(Subsections(s, path).Select(x => new ExampleDoc(x.Heading, MarkdownLines.Text(x.Body)))); break;
                case "PARAMETERS": ReadParameters(s, doc, path); break;
                case "INPUTS": doc.Inputs.AddRange(Subsections(s, path).Select(x => new TypeEntry(x.Heading, MarkdownLines.Text(x.Body)))); break;
                case "OUTPUTS": doc.Outputs.AddRange(Subsections(s, path).Select(x => new TypeEntry(x.Heading, MarkdownLines.Text(x.Body)))); break;
                case "NOTES": doc.Notes = MarkdownLines.Text(s.Body); break;
                case "RELATED LINKS": doc.RelatedLinks = MarkdownLines.Text(s.Body); break;
            }
        }
        return doc;
    }

    private static List<Section> Subsections(Section s, string path)
    {
        var subs = MarkdownLines.SplitAt(s.Body, 3, out var preamble);
        RequireBlank(preamble, path, $"under '## {s.Heading}' before its first '###' heading");
        return subs;
    }

    private static IEnumerable<SyntaxBlock> ReadSyntax(Section s, string path)
    {
        var subs = MarkdownLines.SplitAt(s.Body, 3, out var preamble);
        if (subs.Count == 0)
        {
            // One unnamed set: the code block stands alone.
            if (MarkdownLines.IsBlank(preamble)) yield break;
            yield return new SyntaxBlock(CmdletMetadata.AllParameterSets, true, Fenced(preamble, path, s.Number));
            yield break;
        }
        RequireBlank(preamble, path, "under '## SYNTAX' before its first '###' heading");
        foreach (Section sub in subs)
        {
            const string suffix = " (Default)";
            bool isDefault = sub.Heading.EndsWith(suffix, StringComparison.Ordinal);
            string name = isDefault ? sub.Heading.Substring(0, sub.Heading.Length - suffix.Length).Trim() : sub.Heading;
            yield return new SyntaxBlock(name, isDefault, Fenced(sub.Body, path, sub.Number));
        }
    }

    // The content of the single fenced block that makes up a syntax body.
    private static string Fenced(IReadOnlyList<Line> body, string path, int headingLine)
    {
        var content = body.SkipWhile(l => l.Text.Length == 0).ToList();
        while (content.Count > 0 && content[^1].Text.Length == 0) content.RemoveAt(content.Count - 1);
        if (content.Count < 2 || MarkdownLines.FenceInfo(content[0].Text) is null || MarkdownLines.FenceInfo(content[^1].Text) != "")
            throw new HelpFormatException(path, headingLine, "A syntax is one fenced code block (```).");
        return string.Join("\n", content.Skip(1).Take(content.Count - 2).Select(l => l.Text));
    }

    private static void ReadParameters(Section s, CommandDoc doc, string path)
    {
        foreach (Section sub in Subsections(s, path))
        {
            if (sub.Heading == "CommonParameters")
            {
                doc.CommonParameters = MarkdownLines.Text(sub.Body);
                continue;
            }
            if (!sub.Heading.StartsWith("-", StringComparison.Ordinal))
                throw new HelpFormatException(path, sub.Number, $"A parameter heading is '### -Name', not '### {sub.Heading}'.");
            doc.Parameters.Add(ReadParameter(sub, path));
        }
    }

    private static ParameterDoc ReadParameter(Section sub, string path)
    {
        var description = new List<Line>();
        var blocks = new List<ParameterBlock>();
        var fence = new MarkdownLines.FenceTracker();
        List<Line>? yaml = null;
        int yamlStart = 0;
        foreach (Line line in sub.Body)
        {
            if (yaml is not null)
            {
                if (MarkdownLines.FenceInfo(line.Text) == "")
                {
                    try
                    {
                        blocks.Add(ParameterBlock.Parse(string.Join("\n", yaml.Select(l => l.Text))));
                    }
                    catch (FormatException ex)
                    {
                        throw new HelpFormatException(path, yamlStart, $"{sub.Heading}: {ex.Message}");
                    }
                    yaml = null;
                }
                else
                {
                    yaml.Add(line);
                }
                continue;
            }
            if (!fence.InCode && MarkdownLines.FenceInfo(line.Text) == "yaml")
            {
                yaml = new List<Line>();
                yamlStart = line.Number;
                continue;
            }
            fence.Feed(line.Text);
            if (blocks.Count > 0)
            {
                if (line.Text.Length > 0) throw new HelpFormatException(path, line.Number, $"{sub.Heading}: nothing may follow the yaml blocks; put the description above them.");
                continue;
            }
            description.Add(line);
        }
        if (yaml is not null) throw new HelpFormatException(path, yamlStart, $"{sub.Heading}: the yaml block is not closed.");
        // No yaml block yet is fine while writing a page: update-docs derives the blocks from the code.
        return new ParameterDoc(sub.Heading.Substring(1), MarkdownLines.Text(description), blocks);
    }

    private static void RequireBlank(IReadOnlyList<Line> lines, string path, string where)
    {
        Line? stray = lines.FirstOrDefault(l => l.Text.Length > 0);
        if (stray is not null) throw new HelpFormatException(path, stray.Number, $"Unexpected text {where}: '{stray.Text}'.");
    }
}
