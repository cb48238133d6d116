using System;
using System.Collections.Generic;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>The <c>---</c>-delimited <c>key: value</c> header of a help page.</summary>
public static class FrontMatter
{
    /// <summary>Reads the header into <paramref name="into"/>; returns the index of the first line after it (0 when there is none).</summary>
    public static int Read(IReadOnlyList<Line> lines, List<KeyValuePair<string, string>> into, string path)
    {
        if (lines.Count == 0 || lines[0].Text != "---") return 0;
        for (int i = 1; i < lines.Count; i++)
        {
            string text = lines[i].Text;
            if (text == "---") return i + 1;
            if (text.Length == 0) continue;
            int colon = text.IndexOf(':');
            if (colon <= 0) throw new HelpFormatException(path, lines[i].Number, $"Front matter lines are 'key: value', not '{text}'.");
            into.Add(new KeyValuePair<string, string>(text.Substring(0, colon).Trim(), text.Substring(colon + 1).Trim()));
        }
        throw new HelpFormatException(path, 1, "The front matter is not closed with '---'.");
    }

    /// <summary>Writes the header, LF line ends, ending with the closing <c>---</c> line.</summary>
    public static void Write(System.Text.StringBuilder sb, IEnumerable<KeyValuePair<string, string>> values)
    {
        sb.Append("---\n");
        foreach (var kv in values) sb.Append(kv.Key).Append(':').Append(kv.Value.Length == 0 ? "" : " " + kv.Value).Append('\n');
        sb.Append("---\n");
    }
}
