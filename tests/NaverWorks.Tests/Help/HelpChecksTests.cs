using System;
using System.IO;
using System.Linq;
using NaverWorks.HelpBuilder;
using NaverWorks.HelpBuilder.Markdown;
using NaverWorks.HelpBuilder.Update;
using NaverWorks.HelpBuilder.Validation;
using NaverWorks.HelpBuilder.Output;

namespace NaverWorks.Tests.Help;

public class HelpChecksTests
{
    [Theory]
    [InlineData("Import-Csv users.csv | New-WorksUser", true)]
    [InlineData("Get-WorksUser -First 3 |\n    Select-Object Email", true)]
    [InlineData("$x = foreach ($u in $users) { $u | Set-Thing }", true)]
    [InlineData("Write-Output 'a | b'", false)]
    [InlineData("Connect-Works # then | nothing", false)]
    [InlineData("$a -bor $b", false)]
    public void A_pipeline_is_recognised_by_the_PowerShell_parser(string code, bool expected) =>
        Assert.Equal(expected, ExampleCode.HasPipeline(code));

    [Fact]
    public void Korean_pages_must_be_written_in_Korean()
    {
        var korean = CultureText.For("ko-KR");
        Assert.True(korean.IsWrittenIn("세션을 엽니다. `Connect-Works`"));
        Assert.False(korean.IsWrittenIn("Opens a session."));
        Assert.True(CultureText.For("en-US").IsWrittenIn("Opens a session."));
    }

    [Fact]
    public void Completeness_names_each_gap_and_Agreement_each_difference()
    {
        string root = Path.Combine(Path.GetTempPath(), "helpchecks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "Things.psd1"), "@{}");
            var layout = new HelpLayout(root);
            var cmdlet = SampleCmdlet.GetThing();
            foreach (string culture in new[] { "en-US", "ko-KR" })
            {
                CommandDoc doc = DocUpdater.Update(culture == "ko-KR" ? SampleCmdlet.GetThing(withForce: false) : cmdlet, null, CultureText.For(culture));
                doc.Synopsis = "Gets things."; // not translated in ko-KR
                doc.Examples.Add(new ExampleDoc("Example 1", "```powershell\nGet-Thing -Id 'a|b'\n```\n\nGets a thing."));
                Directory.CreateDirectory(layout.DocsFolder(culture));
                File.WriteAllText(layout.CommandDocPath(culture, "Get-Thing"), CommandDocWriter.Write(doc));
            }

            var gaps = HelpChecks.Completeness(layout, new[] { cmdlet });
            Assert.Contains(gaps, p => p.StartsWith("docs/en-US/Get-Thing.md: ## DESCRIPTION is empty"));
            Assert.Contains(gaps, p => p == "docs/en-US/Get-Thing.md: the description of -Id is empty.");
            Assert.Contains(gaps, p => p.StartsWith("docs/en-US/Get-Thing.md: has 1 examples"));
            Assert.Contains(gaps, p => p.StartsWith("docs/en-US/Get-Thing.md: no example uses a pipeline"));
            Assert.Contains(gaps, p => p.StartsWith("docs/en-US/Get-Thing.md: ## INPUTS 'System.String' has no description"));
            Assert.Contains(gaps, p => p == "docs/ko-KR/Get-Thing.md: ## SYNOPSIS is not written in ko-KR.");
            Assert.DoesNotContain(gaps, p => p.Contains("-WhatIf"));

            var differences = HelpChecks.Agreement(layout, new[] { cmdlet });
            Assert.Contains(differences, p => p.StartsWith("Get-Thing: en-US and ko-KR disagree on parameters (only in the first: Force)"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
