using System;
using System.IO;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>Finds the repository (the folder with NaverWorks.psd1) and the shared API facts beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manifest => Path.Combine(Root, "NaverWorks.psd1");

    /// <summary>The shared folder (API facts and fixtures): <c>../shared</c> from the repository in every checkout and in CI.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NaverWorks.psd1"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (NaverWorks.psd1) above " + AppContext.BaseDirectory);
    }
}
