using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NaverWorks.HelpBuilder.Markdown;

namespace NaverWorks.HelpBuilder.Output;

/// <summary>
/// build-maml: compiles each culture's pages into its MAML file(s) and its about topics into
/// <c>about_*.help.txt</c>, in memory. Reads only markdown, never the module, so the result depends on the
/// sources alone and a test can compare it byte for byte with what is committed.
/// </summary>
public static class HelpCompiler
{
    // Text topics carry a BOM: Windows PowerShell 5.1 tools such as Get-Content read BOM-less files in the
    // ANSI code page, which would garble the Korean topics for anyone opening them directly.
    private static readonly UTF8Encoding Utf8WithBom = new(true);

    /// <summary>Every compiled file of every culture.</summary>
    public static IReadOnlyList<HelpFile> Build(HelpLayout layout)
    {
        var files = new List<HelpFile>();
        foreach (string culture in layout.Cultures)
        {
            var docs = layout.CommandDocPaths(culture)
                .Select(p => (Path: p, Doc: CommandDocReader.Read(File.ReadAllText(p), layout.Relative(p))))
                .ToList();
            foreach (var (path, doc) in docs) RequireDerivedParts(doc, layout.Relative(path));
            foreach (var group in docs.GroupBy(d => HelpFileOf(d.Doc, layout.Relative(d.Path))).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                files.Add(new HelpFile(Path.Combine(layout.OutputFolder(culture), group.Key), MamlWriter.Write(group.Select(d => d.Doc))));
            }
            foreach (string about in layout.AboutDocPaths(culture))
            {
                string text = AboutTopicRenderer.Render(File.ReadAllText(about), layout.Relative(about));
                string name = Path.GetFileNameWithoutExtension(about) + ".help.txt";
                files.Add(new HelpFile(Path.Combine(layout.OutputFolder(culture), name), Utf8WithBom.GetPreamble().Concat(Utf8WithBom.GetBytes(text)).ToArray()));
            }
        }
        return files;
    }

    /// <summary>Compiled files on disk that no source produces any more (a renamed topic, a removed culture's file).</summary>
    public static IReadOnlyList<string> Stale(HelpLayout layout, IReadOnlyList<HelpFile> built)
    {
        var expected = new HashSet<string>(built.Select(f => Path.GetFullPath(f.Path)), StringComparer.Ordinal);
        return layout.Cultures
            .Select(layout.OutputFolder)
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*-Help.xml").Concat(Directory.GetFiles(d, "about_*.help.txt")))
            .Where(f => !expected.Contains(Path.GetFullPath(f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    private static void RequireDerivedParts(CommandDoc doc, string path)
    {
        ParameterDoc? bare = doc.Parameters.FirstOrDefault(p => p.Blocks.Count == 0);
        if (bare is not null) throw new HelpFormatException(path, 1, $"-{bare.Name} has no yaml block; run update-docs first.");
        if (doc.Syntax.Count == 0) throw new HelpFormatException(path, 1, "## SYNTAX is empty; run update-docs first.");
    }

    private static string HelpFileOf(CommandDoc doc, string path)
    {
        string? file = doc.Meta("external help file");
        if (string.IsNullOrWhiteSpace(file) || file!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            throw new HelpFormatException(path, 1, "The front matter needs 'external help file: <Assembly>.dll-Help.xml' (run update-docs).");
        return file;
    }
}
