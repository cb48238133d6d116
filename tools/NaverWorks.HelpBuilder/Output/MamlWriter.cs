using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using NaverWorks.HelpBuilder.Markdown;

namespace NaverWorks.HelpBuilder.Output;

/// <summary>
/// Compiles cmdlet pages into the MAML file Get-Help reads (<c>NaverWorks.dll-Help.xml</c>), in the shape
/// platyPS produces. Output is deterministic: commands by name, LF line ends, UTF-8 without BOM.
/// </summary>
public static class MamlWriter
{
    private const string MshNs = "http://msh";
    private const string MamlNs = "http://schemas.microsoft.com/maml/2004/10";
    private const string CommandNs = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private const string DevNs = "http://schemas.microsoft.com/maml/dev/2004/10";
    private const string MsHelpNs = "http://msdn.microsoft.com/mshelp";

    private static readonly Regex Link = new(@"\[(?<text>[^\]]+)\]\((?<url>[^)\s]*)\)", RegexOptions.CultureInvariant);

    /// <summary>The MAML document for <paramref name="docs"/>.</summary>
    public static byte[] Write(IEnumerable<CommandDoc> docs)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (XmlWriter w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("helpItems", MshNs);
            w.WriteAttributeString("schema", "maml");
            foreach (CommandDoc doc in docs.OrderBy(d => d.Name, StringComparer.Ordinal)) Command(w, doc);
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Command(XmlWriter w, CommandDoc doc)
    {
        w.WriteStartElement("command", "command", CommandNs);
        w.WriteAttributeString("xmlns", "maml", null, MamlNs);
        w.WriteAttributeString("xmlns", "command", null, CommandNs);
        w.WriteAttributeString("xmlns", "dev", null, DevNs);
        w.WriteAttributeString("xmlns", "MSHelp", null, MsHelpNs);

        w.WriteStartElement("details", CommandNs);
        w.WriteElementString("name", CommandNs, doc.Name);
        int dash = doc.Name.IndexOf('-');
        w.WriteElementString("verb", CommandNs, dash > 0 ? doc.Name.Substring(0, dash) : doc.Name);
        w.WriteElementString("noun", CommandNs, dash > 0 ? doc.Name.Substring(dash + 1) : "");
        Description(w, doc.Synopsis);
        w.WriteEndElement();

        Description(w, doc.Description);

        w.WriteStartElement("syntax", CommandNs);
        foreach (SyntaxBlock set in doc.Syntax)
        {
            w.WriteStartElement("syntaxItem", CommandNs);
            w.WriteElementString("name", MamlNs, doc.Name);
            foreach (string name in set.ParameterNames)
            {
                ParameterDoc? p = doc.Parameters.FirstOrDefault(x => x.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (p is null) continue; // the tests report a syntax that names an undocumented parameter
                ParameterBlock block = p.Blocks.FirstOrDefault(b => b.AppliesTo(set.SetName)) ?? p.Blocks[0];
                Parameter(w, p, block, inSyntax: true);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("parameters", CommandNs);
        foreach (ParameterDoc p in doc.Parameters) Parameter(w, p, p.Blocks[0], inSyntax: false);
        w.WriteEndElement();

        Types(w, "inputTypes", "inputType", doc.Inputs);
        Types(w, "returnValues", "returnValue", doc.Outputs);

        w.WriteStartElement("alertSet", MamlNs);
        w.WriteStartElement("alert", MamlNs);
        Paragraphs(w, doc.Notes);
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("examples", CommandNs);
        foreach (ExampleDoc e in doc.Examples) Example(w, e);
        w.WriteEndElement();

        RelatedLinks(w, doc);
        w.WriteEndElement();
    }

    private static void Parameter(XmlWriter w, ParameterDoc p, ParameterBlock b, bool inSyntax)
    {
        bool isSwitch = b.Type == "SwitchParameter";
        w.WriteStartElement("parameter", CommandNs);
        w.WriteAttributeString("required", b.Required ? "true" : "false");
        w.WriteAttributeString("variableLength", b.Type.EndsWith("[]", StringComparison.Ordinal) ? "true" : "false");
        w.WriteAttributeString("globbing", b.AcceptsWildcards ? "true" : "false");
        w.WriteAttributeString("pipelineInput", b.PipelineInput);
        w.WriteAttributeString("position", b.Position.Equals("Named", StringComparison.OrdinalIgnoreCase) ? "named" : b.Position);
        w.WriteAttributeString("aliases", b.Aliases.Count == 0 ? "none" : string.Join(", ", b.Aliases));
        w.WriteElementString("name", MamlNs, p.Name);
        Description(w, p.Description);
        if (inSyntax && b.AcceptedValues.Count > 0)
        {
            w.WriteStartElement("parameterValueGroup", CommandNs);
            foreach (string v in b.AcceptedValues)
            {
                w.WriteStartElement("parameterValue", CommandNs);
                w.WriteAttributeString("required", "false");
                w.WriteAttributeString("command", "variableLength", CommandNs, "false");
                w.WriteString(v);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        // A switch takes no value: without parameterValue, Get-Help shows [-Name] rather than [-Name <SwitchParameter>].
        if (!(inSyntax && isSwitch))
        {
            w.WriteStartElement("parameterValue", CommandNs);
            w.WriteAttributeString("required", isSwitch ? "false" : "true");
            w.WriteAttributeString("variableLength", "false");
            w.WriteString(b.Type);
            w.WriteEndElement();
        }
        w.WriteStartElement("type", DevNs);
        w.WriteElementString("name", MamlNs, b.Type);
        w.WriteElementString("uri", MamlNs, "");
        w.WriteEndElement();
        w.WriteElementString("defaultValue", DevNs, b.DefaultValue);
        w.WriteEndElement();
    }

    private static void Types(XmlWriter w, string list, string item, IEnumerable<TypeEntry> entries)
    {
        w.WriteStartElement(list, CommandNs);
        foreach (TypeEntry t in entries)
        {
            w.WriteStartElement(item, CommandNs);
            w.WriteStartElement("type", DevNs);
            w.WriteElementString("name", MamlNs, t.Type);
            w.WriteEndElement();
            Description(w, t.Description);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Example(XmlWriter w, ExampleDoc e)
    {
        List<TextBlock> blocks = TextBlocks.Parse(e.Body);
        w.WriteStartElement("example", CommandNs);
        w.WriteElementString("title", MamlNs, $"-------------------------- {e.Title} --------------------------");
        w.WriteElementString("code", DevNs, ExampleCode.Of(e.Body));
        w.WriteStartElement("remarks", DevNs);
        foreach (TextBlock b in blocks.Where(b => b.Kind != TextBlockKind.Code)) w.WriteElementString("para", MamlNs, Para(b));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void RelatedLinks(XmlWriter w, CommandDoc doc)
    {
        w.WriteStartElement("relatedLinks", CommandNs);
        string online = doc.Meta("online version") ?? "";
        if (online.Length > 0) NavigationLink(w, "Online Version:", online);
        foreach (string line in MarkdownLines.Split(doc.RelatedLinks).Select(l => l.Text.Trim()).Where(l => l.Length > 0))
        {
            Match m = Link.Match(line);
            if (!m.Success)
            {
                NavigationLink(w, line.TrimStart('-', '*', ' '), "");
                continue;
            }
            string url = m.Groups["url"].Value;
            // A link to another page of these docs has no web address; Get-Help shows its name.
            bool web = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            NavigationLink(w, m.Groups["text"].Value, web ? url : "");
        }
        w.WriteEndElement();
    }

    private static void NavigationLink(XmlWriter w, string text, string uri)
    {
        w.WriteStartElement("navigationLink", MamlNs);
        w.WriteElementString("linkText", MamlNs, text);
        w.WriteElementString("uri", MamlNs, uri);
        w.WriteEndElement();
    }

    private static void Description(XmlWriter w, string markdown)
    {
        w.WriteStartElement("description", MamlNs);
        Paragraphs(w, markdown);
        w.WriteEndElement();
    }

    private static void Paragraphs(XmlWriter w, string markdown)
    {
        foreach (TextBlock b in TextBlocks.Parse(markdown)) w.WriteElementString("para", MamlNs, Para(b));
    }

    private static string Para(TextBlock b) => b.Kind switch
    {
        TextBlockKind.ListItem => b.Marker + " " + b.Text,
        TextBlockKind.Code => string.Join("\n", b.Lines.Select(l => "    " + l)),
        _ => b.Text,
    };
}
