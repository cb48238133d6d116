using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NaverWorks.HelpBuilder;
using NaverWorks.HelpBuilder.Markdown;
using NaverWorks.HelpBuilder.Metadata;
using NaverWorks.HelpBuilder.Output;
using NaverWorks.HelpBuilder.Update;
using NaverWorks.HelpBuilder.Validation;

const string Usage = """
    Usage: dotnet run --project tools/NaverWorks.HelpBuilder -- <command> [--root <repository>]

      update-docs   Create or update docs/<culture>/<Cmdlet>.md for every cmdlet the manifest exports:
                    SYNTAX, parameter list and yaml blocks come from the code; written text is kept.
                    New parameters get an empty description (or the standard one for -WhatIf, -Session …).
      build-maml    Compile docs/<culture>/*.md into <culture>/NaverWorks.dll-Help.xml and
                    docs/<culture>/about_*.md into <culture>/about_*.help.txt.
      check         Report everything the help tests would: out-of-date pages or compiled files, missing
                    text, languages that disagree. Exit code 1 when there is anything to fix.

    The module must be built first (dotnet build NaverWorks.slnx); dotnet run builds it for you.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

string? root = null;
for (int i = 1; i < args.Length; i++)
{
    if (args[i] == "--root" && i + 1 < args.Length) root = args[++i];
    else
    {
        Console.Error.WriteLine($"error: unknown option '{args[i]}'\n\n{Usage}");
        return 2;
    }
}

try
{
    HelpLayout layout = root is null ? HelpLayout.Find(Directory.GetCurrentDirectory()) : new HelpLayout(root);
    return args[0] switch
    {
        "update-docs" => UpdateDocs(layout),
        "build-maml" => BuildMaml(layout),
        "check" => Check(layout),
        _ => Fail($"unknown command '{args[0]}'\n\n{Usage}"),
    };
}
catch (Exception ex) when (ex is HelpFormatException || ex is ArgumentException || ex is InvalidOperationException || ex is IOException)
{
    return Fail(ex.Message);
}

static int UpdateDocs(HelpLayout layout)
{
    var cmdlets = ModuleInspector.Inspect(layout.Manifest);
    DocsUpdate plan = DocsUpdate.Plan(layout, cmdlets);
    foreach (HelpFile file in plan.Files)
    {
        bool existed = File.Exists(file.Path);
        if (file.WriteIfChanged()) Console.WriteLine($"{(existed ? "updated" : "created")} {layout.Relative(file.Path)}");
    }
    foreach (string orphan in plan.Orphans)
        Console.WriteLine($"warning: {layout.Relative(orphan)} documents no exported cmdlet; delete it or rename it after its cmdlet.");
    Console.WriteLine($"{cmdlets.Count} cmdlets, {plan.Files.Count} pages checked. Next: fill in the empty sections, then run build-maml.");
    return 0;
}

static int BuildMaml(HelpLayout layout)
{
    var built = HelpCompiler.Build(layout);
    foreach (HelpFile file in built)
        if (file.WriteIfChanged()) Console.WriteLine($"wrote {layout.Relative(file.Path)}");
    foreach (string stale in HelpCompiler.Stale(layout, built))
    {
        File.Delete(stale);
        Console.WriteLine($"deleted {layout.Relative(stale)} (no source any more)");
    }
    Console.WriteLine($"{built.Count} help files are current.");
    return 0;
}

static int Check(HelpLayout layout)
{
    var cmdlets = ModuleInspector.Inspect(layout.Manifest);
    var problems = new List<string>();
    DocsUpdate plan = DocsUpdate.Plan(layout, cmdlets);
    problems.AddRange(plan.Changed.Select(f => $"{layout.Relative(f.Path)}: not up to date with the code; run update-docs."));
    problems.AddRange(plan.Orphans.Select(o => $"{layout.Relative(o)}: documents no exported cmdlet."));
    problems.AddRange(HelpChecks.Completeness(layout, cmdlets));
    problems.AddRange(HelpChecks.Agreement(layout, cmdlets));
    problems.AddRange(HelpChecks.AboutTopics(layout, cmdlets.FirstOrDefault()?.ModuleName ?? "NaverWorks"));
    var built = HelpCompiler.Build(layout);
    problems.AddRange(built.Where(f => !f.IsCurrent()).Select(f => $"{layout.Relative(f.Path)}: differs from its sources; run build-maml."));
    problems.AddRange(HelpCompiler.Stale(layout, built).Select(s => $"{layout.Relative(s)}: has no source; run build-maml."));
    foreach (string p in problems) Console.WriteLine(p);
    Console.WriteLine(problems.Count == 0 ? $"Help is complete and current for {cmdlets.Count} cmdlets." : $"{problems.Count} problems.");
    return problems.Count == 0 ? 0 : 1;
}

static int Fail(string message)
{
    Console.Error.WriteLine("error: " + message);
    return 1;
}
