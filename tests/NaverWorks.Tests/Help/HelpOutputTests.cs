using System.Linq;
using System.Text;
using System.Xml.Linq;
using NaverWorks.HelpBuilder.Markdown;
using NaverWorks.HelpBuilder.Output;
using NaverWorks.HelpBuilder.Update;

namespace NaverWorks.Tests.Help;

public class HelpOutputTests
{
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static CommandDoc WrittenPage()
    {
        CommandDoc doc = DocUpdater.Update(SampleCmdlet.GetThing(), null, CultureText.For("en-US"));
        doc.Synopsis = "Gets things.";
        doc.Description = "Gets things by id or name.\n\n- First point.\n- Second point.";
        foreach (var p in doc.Parameters.Where(p => p.Description.Length == 0)) p.Description = $"About {p.Name}.";
        doc.Examples.Add(new ExampleDoc("Example 1: Pipe ids", "```powershell\n'a', 'b' | Get-Thing\n```\n\nGets two things.\n\nOne per id."));
        doc.Notes = "Mind the [rate limits](https://example.com/limits).";
        doc.RelatedLinks = "[Set-Thing](Set-Thing.md)\n\n[Online docs](https://example.com/things)";
        return doc;
    }

    [Fact]
    public void Maml_has_what_Get_Help_reads_and_is_deterministic()
    {
        byte[] first = MamlWriter.Write(new[] { WrittenPage() });
        Assert.Equal(first, MamlWriter.Write(new[] { WrittenPage() }));
        Assert.DoesNotContain((byte)'\r', first);

        XElement command = XDocument.Parse(Encoding.UTF8.GetString(first)).Root!.Elements(Command + "command").Single();
        Assert.Equal("Get-Thing", command.Element(Command + "details")!.Element(Command + "name")!.Value);
        Assert.Equal("Gets things.", command.Element(Command + "details")!.Element(Maml + "description")!.Value);
        Assert.Equal(new[] { "Gets things by id or name.", "- First point.", "- Second point." },
            command.Element(Maml + "description")!.Elements(Maml + "para").Select(p => p.Value));

        var items = command.Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        Assert.Equal(2, items.Count);
        var byId = items[0].Elements(Command + "parameter").ToList();
        Assert.Equal(new[] { "Id", "Force", "Session", "WhatIf" }, byId.Select(p => p.Element(Maml + "name")!.Value));
        Assert.Equal(("true", "0", "True (ByPropertyName, ByValue)", "UserId"),
            ((string)byId[0].Attribute("required")!, (string)byId[0].Attribute("position")!, (string)byId[0].Attribute("pipelineInput")!, (string)byId[0].Attribute("aliases")!));
        Assert.Null(byId[1].Element(Command + "parameterValue")); // a switch shows as [-Force]
        Assert.Equal("String[]", byId[0].Element(Command + "parameterValue")!.Value);

        var parameters = command.Element(Command + "parameters")!.Elements(Command + "parameter").ToList();
        Assert.Equal(new[] { "Force", "Id", "Name", "Session", "WhatIf" }, parameters.Select(p => p.Element(Maml + "name")!.Value));
        Assert.Equal("true", (string)parameters.Single(p => p.Element(Maml + "name")!.Value == "Name").Attribute("globbing")!);

        XElement example = command.Element(Command + "examples")!.Elements(Command + "example").Single();
        Assert.Contains("Example 1: Pipe ids", example.Element(Maml + "title")!.Value);
        Assert.Equal("'a', 'b' | Get-Thing", example.Element(Dev + "code")!.Value);
        Assert.Equal(new[] { "Gets two things.", "One per id." }, example.Element(Dev + "remarks")!.Elements(Maml + "para").Select(p => p.Value));

        Assert.Equal("System.String", command.Element(Command + "inputTypes")!.Descendants(Maml + "name").Single().Value);
        Assert.Equal("Things.Thing", command.Element(Command + "returnValues")!.Descendants(Maml + "name").Single().Value);
        Assert.Equal("Mind the rate limits (https://example.com/limits).", command.Element(Maml + "alertSet")!.Descendants(Maml + "para").Single().Value);
        var links = command.Element(Command + "relatedLinks")!.Elements(Maml + "navigationLink")
            .Select(l => (l.Element(Maml + "linkText")!.Value, l.Element(Maml + "uri")!.Value)).ToList();
        Assert.Equal(new[] { ("Set-Thing", ""), ("Online docs", "https://example.com/things") }, links);
    }

    [Fact]
    public void About_topics_put_the_short_description_on_line_5_and_wrap_Korean_by_screen_width()
    {
        string markdown = """
            # about_Things

            ## 간단한 설명

            Things 모듈의 개요입니다.

            ## 자세한 설명

            조직과 구성원을 관리하는 cmdlet 모음입니다. 긴 문장은 화면 너비에 맞추어 줄을 바꾸며, 한글은 한 글자가 두 칸을 차지하므로 영어보다 적은 글자에서 줄이 바뀝니다.

            ```powershell
            Get-Thing | Set-Thing
            ```

            | 매개 변수 | 뜻 |
            |---|---|
            | -Id | 식별자 |
            | -Name | 이름 |

            - 첫째
            - 둘째
            """;
        string text = AboutTopicRenderer.Render(markdown, "about_Things.md");
        string[] lines = text.Split('\n');

        Assert.Equal("TOPIC", lines[0]);
        Assert.Equal("    about_Things", lines[1]);
        Assert.Equal("간단한 설명", lines[3]);
        Assert.Equal("    Things 모듈의 개요입니다.", lines[4]);
        Assert.All(lines, l => Assert.True(TextWidth.Of(l) <= AboutTopicRenderer.Width, $"too wide: {l}"));
        Assert.Contains("        Get-Thing | Set-Thing", lines);
        Assert.Contains("    매개 변수  뜻", lines);
        Assert.Contains("    -Name      이름", lines);
        Assert.Contains("    - 첫째", lines);
        Assert.EndsWith("    - 둘째\n", text);
    }
}
