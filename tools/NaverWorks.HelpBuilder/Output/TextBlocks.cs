using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NaverWorks.HelpBuilder.Markdown;

namespace NaverWorks.HelpBuilder.Output;

/// <summary>
/// Splits help prose into paragraphs, list items, code, tables and sub-headings: the shapes MAML paragraphs
/// and about_*.help.txt text are made from. Inline markdown is left as written (Get-Help shows backticks too),
/// except links, which become their text (plus the address when it is absolute).
/// </summary>
public static class TextBlocks
{
    private static readonly Regex ListMarker = new(@"^(?<indent>\s{0,3})(?<marker>[-*]|\d+\.)\s+(?<text>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new(@"\[(?<text>[^\]]+)\]\((?<url>[^)\s]*)\)", RegexOptions.CultureInvariant);

    /// <summary>The blocks of <paramref name="markdown"/>.</summary>
    public static List<TextBlock> Parse(string markdown)
    {
        var blocks = new List<TextBlock>();
        var lines = MarkdownLines.Split(markdown).Select(l => l.Text).ToList();
        var paragraph = new List<string>();
        string marker = "";
        bool inItem = false;

        void Flush()
        {
            if (paragraph.Count == 0) return;
            string text = Inline(string.Join(" ", paragraph.Select(p => p.Trim())));
            blocks.Add(inItem ? new TextBlock(TextBlockKind.ListItem, new[] { text }, marker) : new TextBlock(TextBlockKind.Paragraph, new[] { text }));
            paragraph.Clear();
            inItem = false;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            if (MarkdownLines.FenceInfo(line) is not null)
            {
                Flush();
                var fence = new MarkdownLines.FenceTracker();
                fence.Feed(line);
                var code = new List<string>();
                int indent = line.Length - line.TrimStart().Length;
                for (i++; i < lines.Count; i++)
                {
                    fence.Feed(lines[i]);
                    if (!fence.InCode) break;
                    code.Add(lines[i].Length >= indent && lines[i].Substring(0, indent).Trim().Length == 0 ? lines[i].Substring(indent) : lines[i].TrimStart());
                }
                blocks.Add(new TextBlock(TextBlockKind.Code, code));
                continue;
            }
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new TextBlock(TextBlockKind.Heading, new[] { Inline(line.Substring(4).Trim()) }));
                continue;
            }
            if (line.TrimStart().StartsWith("|", StringComparison.Ordinal))
            {
                Flush();
                var rows = new List<string>();
                for (; i < lines.Count && lines[i].TrimStart().StartsWith("|", StringComparison.Ordinal); i++)
                {
                    if (!IsSeparatorRow(lines[i])) rows.Add(Inline(lines[i].Trim()));
                }
                i--;
                blocks.Add(new TextBlock(TextBlockKind.Table, rows));
                continue;
            }
            Match m = ListMarker.Match(line);
            if (m.Success)
            {
                Flush();
                inItem = true;
                marker = m.Groups["marker"].Value == "*" ? "-" : m.Groups["marker"].Value;
                paragraph.Add(m.Groups["text"].Value);
                continue;
            }
            paragraph.Add(line);
        }
        Flush();
        return blocks;
    }

    /// <summary>The cells of a table row.</summary>
    public static IReadOnlyList<string> Cells(string row) =>
        row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    private static bool IsSeparatorRow(string line) => line.Trim().Trim('|').Split('|').All(c => Regex.IsMatch(c.Trim(), "^:?-{3,}:?$"));

    private static string Inline(string text) => Link.Replace(text.Replace("**", ""), m =>
    {
        string url = m.Groups["url"].Value;
        bool absolute = Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);
        return absolute ? $"{m.Groups["text"].Value} ({url})" : m.Groups["text"].Value;
    });
}
