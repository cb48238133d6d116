using System.Text;
using NaverWorks.HelpBuilder.Metadata;

namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>
/// Writes a cmdlet page in one canonical layout (LF, a blank line around every heading and block), so that
/// update-docs is idempotent and a test can tell "up to date" from "needs update-docs" by comparing text.
/// </summary>
public static class CommandDocWriter
{
    /// <summary>The page text.</summary>
    public static string Write(CommandDoc doc)
    {
        var sb = new StringBuilder();
        FrontMatter.Write(sb, doc.FrontMatter);
        sb.Append('\n').Append("# ").Append(doc.Name).Append("\n\n");

        Section(sb, "SYNOPSIS", doc.Synopsis);

        sb.Append("## SYNTAX\n\n");
        foreach (SyntaxBlock s in doc.Syntax)
        {
            if (s.SetName != CmdletMetadata.AllParameterSets || doc.Syntax.Count > 1)
                sb.Append("### ").Append(s.SetName).Append(s.IsDefault ? " (Default)" : "").Append("\n\n");
            sb.Append("```\n").Append(s.Text).Append("\n```\n\n");
        }

        Section(sb, "DESCRIPTION", doc.Description);

        sb.Append("## EXAMPLES\n\n");
        foreach (ExampleDoc e in doc.Examples) Subsection(sb, e.Title, e.Body);

        sb.Append("## PARAMETERS\n\n");
        foreach (ParameterDoc p in doc.Parameters)
        {
            sb.Append("### -").Append(p.Name).Append("\n\n");
            if (p.Description.Length > 0) sb.Append(p.Description).Append("\n\n");
            foreach (ParameterBlock b in p.Blocks) sb.Append("```yaml\n").Append(b.ToYaml()).Append("\n```\n\n");
        }
        Subsection(sb, "CommonParameters", doc.CommonParameters);

        sb.Append("## INPUTS\n\n");
        foreach (TypeEntry t in doc.Inputs) Subsection(sb, t.Type, t.Description);
        sb.Append("## OUTPUTS\n\n");
        foreach (TypeEntry t in doc.Outputs) Subsection(sb, t.Type, t.Description);

        Section(sb, "NOTES", doc.Notes);
        Section(sb, "RELATED LINKS", doc.RelatedLinks);
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void Section(StringBuilder sb, string heading, string text)
    {
        sb.Append("## ").Append(heading).Append("\n\n");
        if (text.Length > 0) sb.Append(text).Append("\n\n");
    }

    private static void Subsection(StringBuilder sb, string heading, string text)
    {
        sb.Append("### ").Append(heading).Append("\n\n");
        if (text.Length > 0) sb.Append(text).Append("\n\n");
    }
}
