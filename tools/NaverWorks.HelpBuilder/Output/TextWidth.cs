using System.Collections.Generic;
using System.Text;

namespace NaverWorks.HelpBuilder.Output;

/// <summary>
/// Console column widths: Hangul, kana, CJK ideographs and full-width forms take two columns, so Korean
/// text is wrapped at the same screen width as English.
/// </summary>
public static class TextWidth
{
    /// <summary>Columns <paramref name="text"/> takes on a terminal.</summary>
    public static int Of(string text)
    {
        int width = 0;
        foreach (char c in text) width += IsWide(c) ? 2 : 1;
        return width;
    }

    /// <summary>
    /// Wraps <paramref name="text"/> at spaces so that every line, including <paramref name="indent"/> (and
    /// <paramref name="hangingIndent"/> on the following lines), fits in <paramref name="width"/> columns.
    /// A word longer than a line is left whole.
    /// </summary>
    public static List<string> Wrap(string text, int width, string indent, string hangingIndent)
    {
        var lines = new List<string>();
        var line = new StringBuilder(indent);
        int used = Of(indent);
        bool empty = true;
        foreach (string word in Words(text))
        {
            int w = Of(word);
            if (!empty && used + 1 + w > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(hangingIndent);
                used = Of(hangingIndent);
                empty = true;
            }
            if (!empty)
            {
                line.Append(' ');
                used++;
            }
            line.Append(word);
            used += w;
            empty = false;
        }
        if (!empty) lines.Add(line.ToString());
        return lines;
    }

    // Words separated by spaces, except that a `code span` stays on one line.
    private static IEnumerable<string> Words(string text)
    {
        var pending = new StringBuilder();
        foreach (string part in text.Split(' '))
        {
            if (part.Length == 0 && pending.Length == 0) continue;
            if (pending.Length > 0) pending.Append(' ');
            pending.Append(part);
            if (Count(pending, '`') % 2 == 0)
            {
                yield return pending.ToString();
                pending.Clear();
            }
        }
        if (pending.Length > 0) yield return pending.ToString();
    }

    private static int Count(StringBuilder sb, char c)
    {
        int n = 0;
        for (int i = 0; i < sb.Length; i++) if (sb[i] == c) n++;
        return n;
    }

    private static bool IsWide(char c) =>
        (c >= '\u1100' && c <= '\u115F') || // Hangul Jamo initials
        (c >= '\u2E80' && c <= '\uA4CF' && c != '\u303F') || // CJK radicals … Yi, kana, compatibility Jamo
        (c >= '\uAC00' && c <= '\uD7A3') || // Hangul syllables
        (c >= '\uF900' && c <= '\uFAFF') || // CJK compatibility ideographs
        (c >= '\uFE30' && c <= '\uFE4F') ||
        (c >= '\uFF00' && c <= '\uFF60') || // full-width forms
        (c >= '\uFFE0' && c <= '\uFFE6');
}
