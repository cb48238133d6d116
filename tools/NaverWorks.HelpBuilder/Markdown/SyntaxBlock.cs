using System.Collections.Generic;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>The syntax of one parameter set, as the SYNTAX section shows it.</summary>
/// <param name="SetName">The set; <c>__AllParameterSets</c> for a cmdlet without named sets (written without a heading).</param>
/// <param name="IsDefault">True for the default set (heading suffix <c>(Default)</c>).</param>
/// <param name="Text">The syntax line(s), wrapped, without the fence.</param>
public sealed record SyntaxBlock(string SetName, bool IsDefault, string Text)
{
    /// <summary>The parameter names in the order the syntax lists them (read back from <see cref="Text"/>).</summary>
    public IReadOnlyList<string> ParameterNames => SyntaxText.ParameterNames(Text);
}
