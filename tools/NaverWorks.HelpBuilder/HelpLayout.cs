using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NaverWorks.HelpBuilder;

/// <summary>
/// Where help lives in the repository: sources in <c>docs/&lt;culture&gt;/</c> (one page per cmdlet, plus
/// <c>about_*.md</c>), compiled help in <c>&lt;culture&gt;/</c> beside the manifest, where PowerShell looks for it.
/// </summary>
public sealed class HelpLayout
{
    /// <summary>Help for a repository root (the folder holding the manifest).</summary>
    public HelpLayout(string root)
    {
        Root = Path.GetFullPath(root);
        string? manifest = Directory.GetFiles(Root, "*.psd1").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        Manifest = manifest ?? throw new ArgumentException($"{Root} holds no module manifest (*.psd1).");
    }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    /// <summary>The module manifest.</summary>
    public string Manifest { get; }

    /// <summary>The help sources.</summary>
    public string DocsRoot => Path.Combine(Root, "docs");

    /// <summary>The cultures with a docs folder, e.g. <c>en-US</c>, <c>ko-KR</c>.</summary>
    public IReadOnlyList<string> Cultures =>
        Directory.Exists(DocsRoot)
            ? Directory.GetDirectories(DocsRoot).Select(Path.GetFileName).Where(IsCultureName).Select(n => n!).OrderBy(n => n, StringComparer.Ordinal).ToList()
            : Array.Empty<string>();

    /// <summary>The sources of one culture.</summary>
    public string DocsFolder(string culture) => Path.Combine(DocsRoot, culture);

    /// <summary>The compiled help of one culture.</summary>
    public string OutputFolder(string culture) => Path.Combine(Root, culture);

    /// <summary>The page of a cmdlet.</summary>
    public string CommandDocPath(string culture, string cmdlet) => Path.Combine(DocsFolder(culture), cmdlet + ".md");

    /// <summary>Every cmdlet page of a culture, by name.</summary>
    public IReadOnlyList<string> CommandDocPaths(string culture) => Markdown(culture).Where(p => !IsAbout(p)).ToList();

    /// <summary>Every about topic of a culture, by name.</summary>
    public IReadOnlyList<string> AboutDocPaths(string culture) => Markdown(culture).Where(IsAbout).ToList();

    /// <summary>A path relative to the root with forward slashes, for messages.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Finds the repository root at or above <paramref name="start"/> (the folder holding NaverWorks.psd1).</summary>
    public static HelpLayout Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NaverWorks.psd1"))) return new HelpLayout(dir.FullName);
        }
        throw new ArgumentException($"No NaverWorks.psd1 at or above {start}; pass --root.");
    }

    private IEnumerable<string> Markdown(string culture)
    {
        string folder = DocsFolder(culture);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.md").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            : Enumerable.Empty<string>();
    }

    private static bool IsAbout(string path) => Path.GetFileName(path).StartsWith("about_", StringComparison.OrdinalIgnoreCase);

    private static bool IsCultureName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        try
        {
            return System.Globalization.CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Equals(name, StringComparison.OrdinalIgnoreCase);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return false;
        }
    }
}
