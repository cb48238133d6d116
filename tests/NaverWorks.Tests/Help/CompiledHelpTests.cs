using System.Linq;
using NaverWorks.HelpBuilder.Output;

namespace NaverWorks.Tests.Help;

/// <summary>The MAML and about_*.help.txt files in en-US/ and ko-KR/ are exactly what the sources compile to.</summary>
public class CompiledHelpTests
{
    [Fact]
    public void Committed_MAML_and_about_files_equal_a_fresh_build()
    {
        var built = HelpCompiler.Build(RepositoryHelp.Layout);
        Assert.Contains(built, f => f.Path.EndsWith("NaverWorks.dll-Help.xml"));
        var differing = built.Where(f => !f.IsCurrent()).Select(f => RepositoryHelp.Layout.Relative(f.Path)).ToList();
        Assert.True(differing.Count == 0, RepositoryHelp.Report(
            $"The compiled help differs from docs/. Run `{RepositoryHelp.Tool} build-maml` and commit the result:", differing));
    }

    [Fact]
    public void No_compiled_help_file_is_left_without_a_source()
    {
        var stale = HelpCompiler.Stale(RepositoryHelp.Layout, HelpCompiler.Build(RepositoryHelp.Layout)).Select(RepositoryHelp.Layout.Relative).ToList();
        Assert.True(stale.Count == 0, RepositoryHelp.Report($"Compiled help without a source (run `{RepositoryHelp.Tool} build-maml`, which deletes them):", stale));
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        var first = HelpCompiler.Build(RepositoryHelp.Layout);
        var second = HelpCompiler.Build(RepositoryHelp.Layout);
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        Assert.All(first, f => Assert.DoesNotContain((byte)'\r', f.Content));
    }
}
