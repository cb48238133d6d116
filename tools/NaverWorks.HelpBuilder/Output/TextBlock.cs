using System.Collections.Generic;

namespace NaverWorks.HelpBuilder.Output;

/// <summary>The kinds of block help prose is made of.</summary>
public enum TextBlockKind
{
    /// <summary>Running text; its lines are joined with spaces.</summary>
    Paragraph,

    /// <summary>One list item; <see cref="TextBlock.Marker"/> is <c>-</c> or <c>1.</c>.</summary>
    ListItem,

    /// <summary>Fenced code, kept line by line.</summary>
    Code,

    /// <summary>A pipe table, one line per row (the separator row dropped).</summary>
    Table,

    /// <summary>A <c>###</c> heading inside a section.</summary>
    Heading,
}

/// <summary>One block of help prose.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Lines">Code and table lines as written; a paragraph, item or heading has one line (its joined text).</param>
/// <param name="Marker">The list marker (<c>-</c>, <c>2.</c>), or empty.</param>
public sealed record TextBlock(TextBlockKind Kind, IReadOnlyList<string> Lines, string Marker = "")
{
    /// <summary>The text of a one-line block.</summary>
    public string Text => string.Join("\n", Lines);
}
