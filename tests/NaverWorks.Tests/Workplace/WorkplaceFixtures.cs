using System;
using System.IO;
using System.Text.Json.Nodes;

namespace NaverWorks.Tests.Workplace;

/// <summary>
/// Locates the shared WORKPLACE fixtures: <c>shared/</c> sits next to the repository root in every
/// checkout and in CI, and the repository root is the folder holding NaverWorks.slnx.
/// </summary>
internal static class WorkplaceFixtures
{
    private static readonly Lazy<string> Directory = new(Locate);

    public static string PathOf(string fileName) => Path.Combine(Directory.Value, fileName);

    public static JsonObject Load(string fileName) =>
        JsonNode.Parse(File.ReadAllText(PathOf(fileName)))!.AsObject();

    /// <summary>A request body from a fixture, minus its documentation-only <c>_comment</c>.</summary>
    public static JsonObject Body(string fileName)
    {
        JsonObject body = Load(fileName);
        body.Remove("_comment");
        return body;
    }

    private static string Locate()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NaverWorks.slnx")))
            {
                string fixtures = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "api", "fixtures", "workplace"));
                if (!System.IO.Directory.Exists(fixtures))
                {
                    throw new DirectoryNotFoundException($"Shared WORKPLACE fixtures not found at {fixtures}.");
                }

                return fixtures;
            }
        }

        throw new DirectoryNotFoundException($"No NaverWorks.slnx above {AppContext.BaseDirectory}.");
    }
}
