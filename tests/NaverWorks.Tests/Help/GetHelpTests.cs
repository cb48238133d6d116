using System;
using System.IO;
using System.Linq;
using System.Text;
using NaverWorks.HelpBuilder.Markdown;
using NaverWorks.HelpBuilder.Output;
using NaverWorks.HelpBuilder.Validation;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Help;

/// <summary>
/// What an administrator sees: Get-Help in a runspace whose UI culture is ko-KR or en-US shows the help of
/// that language, found beside the manifest (en-US/, ko-KR/) the way an installed module's would be.
/// </summary>
public class GetHelpTests
{
    public static TheoryData<string> Cultures()
    {
        var data = new TheoryData<string>();
        foreach (string c in HelpChecks.RequiredCultures(RepositoryHelp.Layout)) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Get_Help_Examples_shows_every_cmdlets_synopsis_and_examples_in_the_UI_culture(string culture)
    {
        CultureThread.Run(culture, () =>
        {
            using var ps = new ModuleRunspace();
            Assert.Equal(culture, ps.Invoke("$PSUICulture").ThrowOnError().Single<string>());
            foreach (var cmdlet in RepositoryHelp.Cmdlets)
            {
                CommandDoc doc = Read(culture, cmdlet.Name);
                var r = ps.Invoke(
                    $"$h = Get-Help {cmdlet.Name} -Examples; $e = @($h.examples.example); " +
                    "$h.Synopsis; $e.Count; $e[0].code; (@($e[0].remarks) | ForEach-Object Text) -join \"`n\"").ThrowOnError();
                Assert.Equal(Paragraphs(doc.Synopsis), Normalize(r.Output[0]));
                Assert.Equal(doc.Examples.Count, (int)r.Output[1].BaseObject);
                Assert.Equal(Normalize(ExampleCode.Of(doc.Examples[0].Body)), Normalize(r.Output[2]));
                Assert.Equal(Normalize(ExampleCode.Remarks(doc.Examples[0].Body)), Normalize(r.Output[3]));
            }
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Get_Help_Full_describes_every_parameter_in_the_UI_culture(string culture)
    {
        CultureThread.Run(culture, () =>
        {
            using var ps = new ModuleRunspace();
            foreach (var cmdlet in RepositoryHelp.Cmdlets)
            {
                CommandDoc doc = Read(culture, cmdlet.Name);
                var r = ps.Invoke(
                    $"(Get-Help {cmdlet.Name} -Full).parameters.parameter | ForEach-Object {{ $_.name + '=' + (@($_.description)[0].Text) }}").ThrowOnError();
                var shown = r.Output.Select(o => o.ToString()).ToList();
                var expected = doc.Parameters.Select(p => p.Name + "=" + TextBlocks.Parse(p.Description).FirstOrDefault()?.Text).ToList();
                Assert.Equal(expected, shown);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Get_Help_shows_every_about_topic_in_the_UI_culture(string culture)
    {
        CultureThread.Run(culture, () =>
        {
            using var ps = new ModuleRunspace();
            var topics = RepositoryHelp.Layout.AboutDocPaths(culture);
            Assert.NotEmpty(topics);
            foreach (string source in topics)
            {
                string name = Path.GetFileNameWithoutExtension(source);
                string compiled = File.ReadAllText(Path.Combine(RepositoryHelp.Layout.OutputFolder(culture), name + ".help.txt"), Encoding.UTF8);
                var r = ps.Invoke($"Get-Help {name}").ThrowOnError();
                Assert.Equal(Normalize(compiled), Normalize(r.Output.Single()));
            }
        });
    }

    private static CommandDoc Read(string culture, string cmdlet)
    {
        string path = RepositoryHelp.Layout.CommandDocPath(culture, cmdlet);
        Assert.True(File.Exists(path), $"{RepositoryHelp.Layout.Relative(path)} is missing");
        return CommandDocReader.Read(File.ReadAllText(path), path);
    }

    private static string Paragraphs(string markdown) => string.Join("\n", TextBlocks.Parse(markdown).Select(b => b.Text));

    private static string Normalize(object? value) => (value?.ToString() ?? "").Replace("\r\n", "\n").Trim();
}
