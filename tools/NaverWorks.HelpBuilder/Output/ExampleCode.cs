using System.Linq;
using System.Management.Automation.Language;

namespace NaverWorks.HelpBuilder.Output;

/// <summary>Facts about an example's code, read with PowerShell's own parser.</summary>
public static class ExampleCode
{
    /// <summary>The code of an example body, as Get-Help shows it: every fenced block, a blank line between two.</summary>
    public static string Of(string body) =>
        string.Join("\n\n", TextBlocks.Parse(body).Where(b => b.Kind == TextBlockKind.Code).Select(b => b.Text));

    /// <summary>The explanation of an example body: everything that is not code.</summary>
    public static string Remarks(string body) =>
        string.Join("\n", TextBlocks.Parse(body).Where(b => b.Kind != TextBlockKind.Code).Select(b => b.Text));

    /// <summary>True when the code pipes one command into another (a <c>|</c> in a string or comment does not count).</summary>
    public static bool HasPipeline(string code)
    {
        ScriptBlockAst ast = Parser.ParseInput(code, out _, out _);
        return ast.FindAll(a => a is PipelineAst p && p.PipelineElements.Count > 1, searchNestedScriptBlocks: true).Any();
    }
}
