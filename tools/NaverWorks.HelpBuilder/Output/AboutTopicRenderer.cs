using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NaverWorks.HelpBuilder.Markdown;

namespace NaverWorks.HelpBuilder.Output;

/// <summary>
/// Turns <c>docs/&lt;culture&gt;/about_*.md</c> into the plain text Get-Help shows for an about topic, in the
/// classic layout: <c>TOPIC</c>, the name, then each <c>##</c> section as an upper-case heading with its text
/// indented and wrapped at 80 columns. The short description lands on line 5, where Get-Help takes a
/// topic's synopsis from when it lists topics.
/// </summary>
public static class AboutTopicRenderer
{
    /// <summary>Line width of the text (PowerShell's own about topics use 80).</summary>
    public const int Width = 80;

    private const string Indent = "    ";

    /// <summary>The help text of the topic in <paramref name="markdown"/>.</summary>
    public static string Render(string markdown, string path)
    {
        AboutDoc doc = AboutDoc.Read(markdown, path);
        var sb = new StringBuilder();
        sb.Append("TOPIC\n").Append(Indent).Append(doc.Name).Append('\n');
        foreach (AboutDoc.Part part in doc.Sections)
        {
            sb.Append('\n').Append(part.Heading.ToUpperInvariant()).Append('\n');
            RenderBlocks(sb, TextBlocks.Parse(part.Text));
        }
        return sb.ToString();
    }

    private static void RenderBlocks(StringBuilder sb, List<TextBlock> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            TextBlock b = blocks[i];
            // Consecutive list items stay together; everything else is set apart by a blank line.
            bool continuesList = i > 0 && b.Kind == TextBlockKind.ListItem && blocks[i - 1].Kind == TextBlockKind.ListItem;
            if (i > 0 && !continuesList) sb.Append('\n');
            foreach (string line in Lines(b)) sb.Append(line.TrimEnd()).Append('\n');
        }
    }

    private static IEnumerable<string> Lines(TextBlock b)
    {
        switch (b.Kind)
        {
            case TextBlockKind.Heading:
                return new[] { "  " + b.Text };
            case TextBlockKind.ListItem:
                string lead = Indent + b.Marker + " ";
                return TextWidth.Wrap(b.Text, Width, lead, new string(' ', lead.Length));
            case TextBlockKind.Code:
                return b.Lines.Select(l => l.Length == 0 ? "" : Indent + Indent + l);
            case TextBlockKind.Table:
                return Table(b.Lines);
            default:
                return TextWidth.Wrap(b.Text, Width, Indent, Indent);
        }
    }

    // Columns padded to the widest cell (in screen columns), a dashed rule under the header row.
    private static IEnumerable<string> Table(IReadOnlyList<string> rows)
    {
        var cells = rows.Select(TextBlocks.Cells).ToList();
        int columns = cells.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns).Select(c => cells.Max(r => c < r.Count ? TextWidth.Of(r[c]) : 0)).ToArray();
        string Row(IReadOnlyList<string> r) => Indent + string.Join("  ", Enumerable.Range(0, columns).Select(c =>
        {
            string cell = c < r.Count ? r[c] : "";
            return cell + new string(' ', widths[c] - TextWidth.Of(cell));
        }));
        yield return Row(cells[0]);
        yield return Indent + string.Join("  ", widths.Select(w => new string('-', w)));
        foreach (var r in cells.Skip(1)) yield return Row(r);
    }
}
