using System.Collections.Generic;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>
/// One cmdlet's help as written in <c>docs/&lt;culture&gt;/&lt;Cmdlet&gt;.md</c> (platyPS schema 2.0.0). Prose is
/// kept verbatim; the syntax and the parameters' yaml blocks are derived from the code by update-docs.
/// </summary>
public sealed class CommandDoc
{
    /// <summary>The yaml front matter, in file order.</summary>
    public List<KeyValuePair<string, string>> FrontMatter { get; } = new();

    /// <summary>The cmdlet name (the <c>#</c> title).</summary>
    public string Name { get; set; } = "";

    /// <summary>One or two sentences: what the cmdlet does.</summary>
    public string Synopsis { get; set; } = "";

    /// <summary>One block per parameter set (derived).</summary>
    public List<SyntaxBlock> Syntax { get; } = new();

    /// <summary>The long description (markdown).</summary>
    public string Description { get; set; } = "";

    /// <summary>The examples, in order.</summary>
    public List<ExampleDoc> Examples { get; } = new();

    /// <summary>The parameters, alphabetically.</summary>
    public List<ParameterDoc> Parameters { get; } = new();

    /// <summary>The standard CommonParameters paragraph (derived, per culture).</summary>
    public string CommonParameters { get; set; } = "";

    /// <summary>What can be piped in.</summary>
    public List<TypeEntry> Inputs { get; } = new();

    /// <summary>What comes out.</summary>
    public List<TypeEntry> Outputs { get; } = new();

    /// <summary>Notes (markdown); may be empty.</summary>
    public string Notes { get; set; } = "";

    /// <summary>The related links list as written (markdown links, one per paragraph).</summary>
    public string RelatedLinks { get; set; } = "";

    /// <summary>A front matter value, or null.</summary>
    public string? Meta(string key)
    {
        foreach (var kv in FrontMatter)
            if (kv.Key == key) return kv.Value;
        return null;
    }
}
