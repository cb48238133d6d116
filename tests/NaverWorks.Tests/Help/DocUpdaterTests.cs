using System.Linq;
using NaverWorks.HelpBuilder.Markdown;
using NaverWorks.HelpBuilder.Metadata;
using NaverWorks.HelpBuilder.Update;

namespace NaverWorks.Tests.Help;

public class DocUpdaterTests
{
    private static readonly CultureText English = CultureText.For("en-US");
    private static readonly CultureText Korean = CultureText.For("ko-KR");

    private const string Written = """
        ---
        external help file: Old.dll-Help.xml
        Module Name: Things
        online version: https://example.com/get-thing
        schema: 2.0.0
        ms.custom: kept
        ---

        # Get-Thing

        ## SYNOPSIS

        Gets things.

        ## SYNTAX

        ```
        Get-Thing -Whatever
        ```

        ## DESCRIPTION

        Gets **things**, by id or by name.

        Second paragraph.

        ## EXAMPLES

        ### Example 1: by id

        ```powershell
        Get-Thing -Id 1 | Format-List
        ```

        Gets thing 1.

        ## PARAMETERS

        ### -Id

        The thing's id.

        ```yaml
        Type: String
        Parameter Sets: ById
        Aliases:

        Required: True
        Position: 0
        Default value: None
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### -Obsolete

        Gone from the code.

        ```yaml
        Type: String
        Parameter Sets: (All)
        Aliases:

        Required: False
        Position: Named
        Default value: None
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### -WhatIf

        Rehearses.

        ```yaml
        Type: SwitchParameter
        Parameter Sets: (All)
        Aliases: wi

        Required: False
        Position: Named
        Default value: False
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### CommonParameters

        Old text.

        ## INPUTS

        ### System.String

        An id.

        ### None

        ## OUTPUTS

        ### Things.OldThing

        Written by hand, so it stays.

        ## NOTES

        A note.

        ## RELATED LINKS

        [Set-Thing](Set-Thing.md)
        """;

    [Fact]
    public void A_new_page_has_the_derived_parts_and_empty_prose()
    {
        CommandDoc doc = DocUpdater.Update(SampleCmdlet.GetThing(), null, English);

        Assert.Equal("", doc.Synopsis);
        Assert.Equal("", doc.Description);
        Assert.Empty(doc.Examples);
        Assert.Equal(new[] { "ById", "ByName" }, doc.Syntax.Select(s => s.SetName));
        Assert.True(doc.Syntax[0].IsDefault);
        Assert.Equal("Get-Thing [-Id] <String[]> [-Force] [-Session <WorksSession>] [-WhatIf] [<CommonParameters>]", doc.Syntax[0].Text);
        Assert.Equal(new[] { "Force", "Id", "Name", "Session", "WhatIf" }, doc.Parameters.Select(p => p.Name));
        Assert.Equal("", doc.Parameters.Single(p => p.Name == "Id").Description);
        Assert.Equal(English.StandardDescription("WhatIf", "SwitchParameter"), doc.Parameters.Single(p => p.Name == "WhatIf").Description);
        Assert.Contains("Connect-Works -PassThru", doc.Parameters.Single(p => p.Name == "Session").Description);
        Assert.Equal(English.CommonParameters, doc.CommonParameters);
        Assert.Equal(new[] { new TypeEntry("System.String", "") }, doc.Inputs);
        Assert.Equal("Things.dll-Help.xml", doc.Meta("external help file"));
        Assert.Equal("en-US", doc.Meta("Locale"));
    }

    [Fact]
    public void Updating_keeps_what_was_written_and_rederives_the_rest()
    {
        CommandDoc existing = CommandDocReader.Read(Written, "Get-Thing.md");
        CommandDoc doc = DocUpdater.Update(SampleCmdlet.GetThing(), existing, English);

        Assert.Equal("Gets things.", doc.Synopsis);
        Assert.Equal("Gets **things**, by id or by name.\n\nSecond paragraph.", doc.Description);
        Assert.Equal(existing.Examples, doc.Examples);
        Assert.Equal("A note.", doc.Notes);
        Assert.Equal("[Set-Thing](Set-Thing.md)", doc.RelatedLinks);
        Assert.Equal("https://example.com/get-thing", doc.Meta("online version"));
        Assert.Equal("kept", doc.Meta("ms.custom"));
        Assert.Equal("Things.dll-Help.xml", doc.Meta("external help file"));

        var id = doc.Parameters.Single(p => p.Name == "Id");
        Assert.Equal("The thing's id.", id.Description);
        Assert.Equal("String[]", id.Blocks.Single().Type);
        Assert.Equal("True (ByPropertyName, ByValue)", id.Blocks.Single().PipelineInput);
        Assert.Equal("Rehearses.", doc.Parameters.Single(p => p.Name == "WhatIf").Description);
        Assert.Equal(English.CommonParameters, doc.CommonParameters);
        Assert.DoesNotContain(doc.Syntax, s => s.Text.Contains("-Whatever"));

        Assert.Equal(new[] { new TypeEntry("System.String", "An id.") }, doc.Inputs);
        Assert.Equal(new[] { new TypeEntry("Things.Thing", ""), new TypeEntry("Things.OldThing", "Written by hand, so it stays.") }, doc.Outputs);
    }

    [Fact]
    public void A_new_parameter_arrives_without_a_description_and_a_removed_one_disappears()
    {
        CommandDoc existing = CommandDocReader.Read(Written, "Get-Thing.md");
        CommandDoc doc = DocUpdater.Update(SampleCmdlet.GetThing(withColor: true), existing, English);

        Assert.DoesNotContain(doc.Parameters, p => p.Name == "Obsolete");
        var color = doc.Parameters.Single(p => p.Name == "Color");
        Assert.Equal("", color.Description);
        Assert.Equal(new[] { "Red", "Blue" }, color.Blocks.Single().AcceptedValues);
        Assert.Equal("Red", color.Blocks.Single().DefaultValue);
        Assert.Contains("[-Color <String>]", doc.Syntax[0].Text);
    }

    [Fact]
    public void A_parameter_that_behaves_differently_per_set_gets_a_block_per_behaviour()
    {
        var cmdlet = SampleCmdlet.GetThing();
        var force = DocUpdater.Blocks(cmdlet, cmdlet.Parameters.Single(p => p.Name == "Force"));
        Assert.Equal(new[] { ParameterBlock.AllSets }, force.Single().ParameterSets);

        var split = cmdlet with
        {
            Parameters = cmdlet.Parameters.Select(p => p.Name != "Force" ? p : p with
            {
                Usages = new[] { new ParameterUsage("ById", true, null, "False"), new ParameterUsage("ByName", false, null, "False") },
            }).ToList(),
        };
        var blocks = DocUpdater.Blocks(split, split.Parameters.Single(p => p.Name == "Force"));
        Assert.Equal(2, blocks.Count);
        Assert.Equal(new[] { "ById" }, blocks[0].ParameterSets);
        Assert.True(blocks[0].Required);
        Assert.Equal(new[] { "ByName" }, blocks[1].ParameterSets);
        Assert.False(blocks[1].Required);
    }

    [Fact]
    public void Writing_and_updating_again_changes_nothing()
    {
        var cmdlet = SampleCmdlet.GetThing();
        foreach (var culture in new[] { English, Korean })
        {
            string once = CommandDocWriter.Write(DocUpdater.Update(cmdlet, CommandDocReader.Read(Written, "Get-Thing.md"), culture));
            string twice = CommandDocWriter.Write(DocUpdater.Update(cmdlet, CommandDocReader.Read(once, "Get-Thing.md"), culture));
            Assert.Equal(once, twice);
            Assert.DoesNotContain("\r", once);
        }
    }

    [Fact]
    public void A_malformed_page_is_reported_with_its_line()
    {
        string broken = Written.Replace("## NOTES", "## REMARKS");
        var ex = Assert.Throws<HelpFormatException>(() => CommandDocReader.Read(broken, "docs/en-US/Get-Thing.md"));
        Assert.StartsWith("docs/en-US/Get-Thing.md:", ex.Message);
        Assert.Contains("REMARKS", ex.Message);
    }
}
