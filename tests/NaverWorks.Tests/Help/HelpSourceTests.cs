using System;
using System.IO;
using System.Linq;
using NaverWorks.HelpBuilder.Update;
using NaverWorks.HelpBuilder.Validation;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Help;

/// <summary>The markdown sources in docs/: in step with the code, complete, and the same in every language.</summary>
public class HelpSourceTests
{
    [Fact]
    public void The_cmdlets_under_test_are_the_ones_the_manifest_exports()
    {
        string manifest = File.ReadAllText(RepoPaths.Manifest);
        Assert.NotEmpty(RepositoryHelp.Cmdlets);
        foreach (var cmdlet in RepositoryHelp.Cmdlets) Assert.Contains($"'{cmdlet.Name}'", manifest);
    }

    [Fact]
    public void Docs_are_up_to_date_with_the_code()
    {
        DocsUpdate plan = DocsUpdate.Plan(RepositoryHelp.Layout, RepositoryHelp.Cmdlets);
        var stale = plan.Changed.Select(f => RepositoryHelp.Layout.Relative(f.Path)).ToList();
        Assert.True(stale.Count == 0, RepositoryHelp.Report(
            $"These pages do not match the cmdlets' code (new/removed parameters, sets, types). Run `{RepositoryHelp.Tool} update-docs`, fill in what it leaves empty, then `build-maml`:", stale));
    }

    [Fact]
    public void No_page_documents_a_cmdlet_the_module_does_not_export()
    {
        var orphans = DocsUpdate.Plan(RepositoryHelp.Layout, RepositoryHelp.Cmdlets).Orphans.Select(RepositoryHelp.Layout.Relative).ToList();
        Assert.True(orphans.Count == 0, RepositoryHelp.Report("Pages without a cmdlet (renamed or removed? delete or rename them):", orphans));
    }

    [Fact]
    public void Every_exported_cmdlet_has_complete_help_in_every_culture()
    {
        var problems = HelpChecks.Completeness(RepositoryHelp.Layout, RepositoryHelp.Cmdlets);
        Assert.True(problems.Count == 0, RepositoryHelp.Report(
            $"Help is incomplete (each page needs a synopsis, a description, every parameter described, at least {HelpChecks.MinimumExamples} examples with one pipeline, and described inputs and outputs, in its own language):", problems));
    }

    [Fact]
    public void The_cultures_agree_on_parameter_sets_parameters_examples_and_types()
    {
        var problems = HelpChecks.Agreement(RepositoryHelp.Layout, RepositoryHelp.Cmdlets);
        Assert.True(problems.Count == 0, RepositoryHelp.Report("The languages disagree:", problems));
    }

    [Fact]
    public void About_topics_exist_in_every_culture_and_the_overview_indexes_them()
    {
        string module = RepositoryHelp.Cmdlets[0].ModuleName;
        var problems = HelpChecks.AboutTopics(RepositoryHelp.Layout, module);
        Assert.True(problems.Count == 0, RepositoryHelp.Report("About topics:", problems));
        foreach (string topic in new[] { "", "_Authentication", "_BulkImport", "_Throttling", "_Emulator", "_Workplace" })
            Assert.True(File.Exists(Path.Combine(RepositoryHelp.Layout.DocsFolder("en-US"), $"about_{module}{topic}.md")), $"about_{module}{topic} is missing");
    }
}
