using System;
using System.Collections.Generic;
using System.Threading;
using NaverWorks.HelpBuilder;
using NaverWorks.HelpBuilder.Metadata;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Help;

/// <summary>
/// The repository's help sources and the cmdlets the manifest exports, read once for all help tests.
/// Everything is driven by the manifest, so cmdlets added on other branches are covered automatically.
/// </summary>
internal static class RepositoryHelp
{
    private static readonly Lazy<IReadOnlyList<CmdletMetadata>> LazyCmdlets =
        new(() => ModuleInspector.Inspect(RepoPaths.Manifest), LazyThreadSafetyMode.ExecutionAndPublication);

    public static HelpLayout Layout { get; } = new(RepoPaths.Root);

    /// <summary>Every exported cmdlet, as the engine describes it.</summary>
    public static IReadOnlyList<CmdletMetadata> Cmdlets => LazyCmdlets.Value;

    /// <summary>The fix, spelled out in every failure message.</summary>
    public const string Tool = "dotnet run --project tools/NaverWorks.HelpBuilder --";

    public static string Report(string headline, IEnumerable<string> problems) =>
        headline + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems);
}
