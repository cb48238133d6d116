using System;
using System.Collections.Generic;
using System.Linq;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>A source line and its 1-based number, for error messages.</summary>
public sealed record Line(int Number, string Text);

/// <summary>A heading and the lines under it, up to the next heading of the same level.</summary>
public sealed record Section(string Heading, int Number, IReadOnlyList<Line> Body);

/// <summary>
/// The few markdown rules help sources need: lines, headings outside code fences, fences, and text with
/// the surrounding blank lines removed. Deliberately not a full markdown parser: the layout is fixed.
/// </summary>
public static class MarkdownLines
{
    /// <summary>Splits text into numbered lines: LF line ends, trailing spaces removed, a BOM dropped.</summary>
    public static List<Line> Split(string text)
    {
        string normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = normalized.Split('\n').Select((t, i) => new Line(i + 1, t.TrimEnd())).ToList();
        while (lines.Count > 0 && lines[^1].Text.Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>
    /// Splits <paramref name="lines"/> at headings of exactly <paramref name="level"/> <c>#</c> outside fenced code.
    /// Lines before the first heading are returned as <paramref name="preamble"/>.
    /// </summary>
    public static List<Section> SplitAt(IReadOnlyList<Line> lines, int level, out IReadOnlyList<Line> preamble)
    {
        string marker = new string('#', level) + " ";
        var sections = new List<Section>();
        var pre = new List<Line>();
        List<Line>? current = null;
        string heading = "";
        int number = 0;
        var fence = new FenceTracker();
        foreach (Line line in lines)
        {
            bool inCode = fence.InCode;
            fence.Feed(line.Text);
            if (!inCode && line.Text.StartsWith(marker, StringComparison.Ordinal))
            {
                if (current is not null) sections.Add(new Section(heading, number, current));
                heading = line.Text.Substring(marker.Length).Trim();
                number = line.Number;
                current = new List<Line>();
                continue;
            }
            (current ?? pre).Add(line);
        }
        if (current is not null) sections.Add(new Section(heading, number, current));
        preamble = pre;
        return sections;
    }

    /// <summary>The lines as text, without leading and trailing blank lines.</summary>
    public static string Text(IEnumerable<Line> lines)
    {
        var list = lines.Select(l => l.Text).ToList();
        int start = 0, end = list.Count;
        while (start < end && list[start].Length == 0) start++;
        while (end > start && list[end - 1].Length == 0) end--;
        return string.Join("\n", list.Skip(start).Take(end - start));
    }

    /// <summary>True when every line is blank.</summary>
    public static bool IsBlank(IEnumerable<Line> lines) => lines.All(l => l.Text.Length == 0);

    /// <summary>The opening fence's info string (<c>yaml</c>, <c>powershell</c>, empty), or null when the line opens no fence.</summary>
    public static string? FenceInfo(string line)
    {
        string t = line.TrimStart();
        int ticks = 0;
        while (ticks < t.Length && t[ticks] == '`') ticks++;
        return ticks >= 3 ? t.Substring(ticks).Trim() : null;
    }

    /// <summary>Follows fenced code blocks line by line (a closing fence is at least as long as its opening one).</summary>
    public sealed class FenceTracker
    {
        private int _open;

        /// <summary>True while inside a fenced block (after its opening line, up to and including its closing line's predecessor).</summary>
        public bool InCode => _open > 0;

        /// <summary>Consumes one line.</summary>
        public void Feed(string line)
        {
            string t = line.TrimStart();
            int ticks = 0;
            while (ticks < t.Length && t[ticks] == '`') ticks++;
            if (ticks < 3) return;
            if (_open == 0) _open = ticks;
            else if (ticks >= _open && t.Substring(ticks).Trim().Length == 0) _open = 0;
        }
    }
}
