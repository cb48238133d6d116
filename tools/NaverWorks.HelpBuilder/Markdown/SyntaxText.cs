using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NaverWorks.HelpBuilder.Metadata;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>Writes a parameter set's syntax the way Get-Command -Syntax and platyPS do, and reads the parameter order back.</summary>
public static class SyntaxText
{
    /// <summary>Lines are wrapped before this many characters; continuation lines start with a space (as platyPS).</summary>
    public const int Width = 100;

    private static readonly Regex ParameterName = new(@"(?<=^|[\s\[])-([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);

    /// <summary>The syntax of <paramref name="set"/>, e.g. <c>Invoke-WorksRequest [-Path] &lt;String&gt; [[-Method] &lt;String&gt;] … [&lt;CommonParameters&gt;]</c>.</summary>
    public static string Write(CmdletMetadata cmdlet, CmdletParameterSet set)
    {
        var tokens = new List<string> { cmdlet.Name };
        foreach (string name in set.ParameterNames)
        {
            CmdletParameter p = cmdlet.Parameters.First(x => x.Name == name);
            ParameterUsage use = p.Usages.First(u => u.SetName == set.Name);
            tokens.Add(Token(p, use));
        }
        tokens.Add("[<CommonParameters>]");
        return Wrap(tokens);
    }

    /// <summary>The parameter names of a syntax text, in order.</summary>
    public static IReadOnlyList<string> ParameterNames(string syntax) =>
        ParameterName.Matches(syntax).Select(m => m.Groups[1].Value).ToList();

    private static string Token(CmdletParameter p, ParameterUsage use)
    {
        if (p.IsSwitch) return use.Required ? $"-{p.Name}" : $"[-{p.Name}]";
        string name = use.Position is null ? $"-{p.Name}" : $"[-{p.Name}]";
        string value = $"{name} <{p.TypeName}>";
        return use.Required ? value : $"[{value}]";
    }

    private static string Wrap(IReadOnlyList<string> tokens)
    {
        var sb = new StringBuilder();
        int lineLength = 0;
        foreach (string token in tokens)
        {
            if (lineLength == 0)
            {
                sb.Append(token);
                lineLength = token.Length;
            }
            else if (lineLength + 1 + token.Length > Width)
            {
                sb.Append('\n').Append(' ').Append(token);
                lineLength = 1 + token.Length;
            }
            else
            {
                sb.Append(' ').Append(token);
                lineLength += 1 + token.Length;
            }
        }
        return sb.ToString();
    }
}
