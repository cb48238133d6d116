using System;
using System.Collections.Generic;
using System.Linq;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>
/// A conceptual topic, <c>docs/&lt;culture&gt;/about_*.md</c>: optional front matter, <c># about_Name</c>, then
/// <c>##</c> sections. The first section is the short description (one sentence); headings may be translated.
/// </summary>
public sealed class AboutDoc
{
    private AboutDoc(string name, IReadOnlyList<Part> sections)
    {
        Name = name;
        Sections = sections;
    }

    /// <summary>The topic name, e.g. <c>about_NaverWorks_Authentication</c>.</summary>
    public string Name { get; }

    /// <summary>The sections in order; the first is the short description.</summary>
    public IReadOnlyList<Part> Sections { get; }

    /// <summary>The short description's text.</summary>
    public string ShortDescription => Sections.Count > 0 ? Sections[0].Text : "";

    /// <summary>Parses a topic.</summary>
    /// <exception cref="HelpFormatException">No <c># about_</c> title, text before the first section, or a section without text.</exception>
    public static AboutDoc Read(string markdown, string path)
    {
        List<Line> lines = MarkdownLines.Split(markdown);
        int i = FrontMatter.Read(lines, new List<KeyValuePair<string, string>>(), path);
        while (i < lines.Count && lines[i].Text.Length == 0) i++;
        if (i >= lines.Count || !lines[i].Text.StartsWith("# about_", StringComparison.Ordinal))
            throw new HelpFormatException(path, i < lines.Count ? lines[i].Number : 1, "An about topic starts with '# about_<Name>'.");
        string name = lines[i].Text.Substring(2).Trim();
        var sections = MarkdownLines.SplitAt(lines.Skip(i + 1).ToList(), 2, out var preamble);
        Line? stray = preamble.FirstOrDefault(l => l.Text.Length > 0);
        if (stray is not null) throw new HelpFormatException(path, stray.Number, "Text before the first '##' section.");
        if (sections.Count == 0) throw new HelpFormatException(path, lines[i].Number, "An about topic needs at least the short description section.");
        var parts = sections.Select(s => new Part(s.Heading, MarkdownLines.Text(s.Body))).ToList();
        var empty = sections.FirstOrDefault(s => MarkdownLines.IsBlank(s.Body));
        if (empty is not null) throw new HelpFormatException(path, empty.Number, $"The section '## {empty.Heading}' is empty.");
        return new AboutDoc(name, parts);
    }

    /// <summary>A <c>##</c> section.</summary>
    /// <param name="Heading">As written (translated headings are fine).</param>
    /// <param name="Text">Its markdown.</param>
    public sealed record Part(string Heading, string Text);
}
