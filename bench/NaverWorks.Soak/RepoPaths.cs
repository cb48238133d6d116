namespace NaverWorks.Soak;

/// <summary>
/// Paths in the checkout this program was built from: the soak must import that checkout's module build, never
/// another worktree's.
/// </summary>
internal static class RepoPaths
{
    /// <summary>The folder holding NaverWorks.psd1, found above the program's own folder.</summary>
    public static string Root { get; } = FindRoot();

    public static string Manifest => Path.Combine(Root, "NaverWorks.psd1");

    public static string Results => Path.Combine(Root, "bench", "results");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NaverWorks.psd1"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NaverWorks.psd1 not found above " + AppContext.BaseDirectory);
    }
}
