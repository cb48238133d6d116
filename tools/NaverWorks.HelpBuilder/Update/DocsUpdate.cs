using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NaverWorks.HelpBuilder.Markdown;
using NaverWorks.HelpBuilder.Metadata;

namespace NaverWorks.HelpBuilder.Update;

/// <summary>What update-docs would do: the page of every cmdlet in every culture, and pages that document nothing.</summary>
/// <param name="Files">One page per cmdlet and culture, in canonical form (write the ones not current).</param>
/// <param name="Orphans">Pages whose cmdlet the module does not export (renamed or removed): delete or rename them.</param>
public sealed record DocsUpdate(IReadOnlyList<HelpFile> Files, IReadOnlyList<string> Orphans)
{
    /// <summary>Plans the update of every culture's pages from <paramref name="cmdlets"/>, in memory.</summary>
    public static DocsUpdate Plan(HelpLayout layout, IReadOnlyList<CmdletMetadata> cmdlets)
    {
        var files = new List<HelpFile>();
        var orphans = new List<string>();
        var names = new HashSet<string>(cmdlets.Select(c => c.Name), StringComparer.OrdinalIgnoreCase);
        foreach (string culture in layout.Cultures.Union(CultureText.Known, StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.Ordinal))
        {
            CultureText text = CultureText.For(culture);
            foreach (CmdletMetadata cmdlet in cmdlets)
            {
                string path = layout.CommandDocPath(culture, cmdlet.Name);
                CommandDoc? existing = File.Exists(path) ? CommandDocReader.Read(File.ReadAllText(path), layout.Relative(path)) : null;
                files.Add(HelpFile.Text(path, CommandDocWriter.Write(DocUpdater.Update(cmdlet, existing, text))));
            }
            orphans.AddRange(layout.CommandDocPaths(culture).Where(p => !names.Contains(Path.GetFileNameWithoutExtension(p))));
        }
        return new DocsUpdate(files, orphans);
    }

    /// <summary>The pages that differ from what is on disk (missing ones included).</summary>
    public IReadOnlyList<HelpFile> Changed => Files.Where(f => !f.IsCurrent()).ToList();
}
