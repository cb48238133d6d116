using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using NaverWorks.Commands.Common;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Formatting;

/// <summary>The format file against the types the cmdlets declare: every output has a view, and every view holds.</summary>
public sealed class FormatViewTests
{
    // A type with this many properties or more is read one object at a time, so it gets a list view too.
    private const int ManyFields = 10;

    private static readonly Assembly Module = typeof(NaverWorksCmdlet).Assembly;

    /// <summary>Every type of the module named in a cmdlet's [OutputType].</summary>
    public static List<Type> OutputTypes() =>
        Module.GetTypes()
            .Where(t => t.GetCustomAttribute<CmdletAttribute>() is not null)
            .SelectMany(t => t.GetCustomAttributes<OutputTypeAttribute>().SelectMany(o => o.Type))
            .Select(p => p.Type)
            .Where(t => t is not null && t.Assembly == Module)
            .Distinct()
            .ToList()!;

    [Fact]
    public void Every_output_type_has_a_table_as_its_default_view_and_a_list_view_when_it_has_many_fields()
    {
        var types = OutputTypes();
        Assert.Contains(types, t => t.Name == "WorksSession");
        var problems = new List<string>();
        foreach (Type type in types)
        {
            var views = FormatFile.ViewsFor(type);
            string names = string.Join(", ", FormatFile.TypeNamesOf(type));
            if (views.Count == 0)
            {
                problems.Add($"{type.Name}: no view selects any of {names}");
                continue;
            }
            if (views[0].Kind != "Table") problems.Add($"{type.Name}: the default view {views[0].Name} is a {views[0].Kind}, not a table");
            int fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Length;
            if (fields >= ManyFields && !views.Any(v => v.Kind == "List")) problems.Add($"{type.Name}: {fields} properties but no list view");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_view_shows_properties_its_type_has_and_scripts_that_parse()
    {
        var problems = new List<string>();
        foreach (var view in FormatFile.Views)
        {
            List<Type> selected = OutputTypes().Where(t => FormatFile.TypeNamesOf(t).Intersect(view.TypeNames).Any()).ToList();
            if (selected.Count == 0) problems.Add($"{view.Name}: selects {string.Join(", ", view.TypeNames)}, which no cmdlet outputs");
            foreach (var item in view.Items)
            {
                if (item.Property is string property)
                {
                    foreach (Type t in selected.Where(t => t.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) is null))
                        problems.Add($"{view.Name}: {t.Name} has no property {property}");
                }
                else
                {
                    Parser.ParseInput(item.Script!, out _, out ParseError[] errors);
                    if (errors.Length > 0) problems.Add($"{view.Name}, {item.Label}: {errors[0].Message}");
                }
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void The_engine_loads_the_format_file_without_errors_and_would_report_a_broken_one()
    {
        // FormatTable is what Update-FormatData and Import-Module load format files with; it lists every error.
        const string load = """
            try { $null = [System.Management.Automation.Runspaces.FormatTable]::new([string[]]@($formatPath)); 'loaded' }
            catch { $_.Exception.InnerException.Errors }
            """;
        using var ps = new ModuleRunspace();
        Assert.Equal(["loaded"], ps.Invoke(load, new() { ["formatPath"] = FormatFile.Path }).ThrowOnError().Output.Select(o => o.ToString()));

        string broken = Path.Combine(Path.GetTempPath(), $"nw-broken-{Guid.NewGuid():N}.Format.ps1xml");
        string text = File.ReadAllText(FormatFile.Path);
        int header = text.IndexOf("<TableColumnHeader>", StringComparison.Ordinal);
        File.WriteAllText(broken, text.Remove(header, text.IndexOf("</TableColumnHeader>", header, StringComparison.Ordinal) + "</TableColumnHeader>".Length - header));
        try
        {
            var failed = ps.Invoke(load, new() { ["formatPath"] = broken }).ThrowOnError().Output.Select(o => o.ToString()).ToList();
            Assert.DoesNotContain("loaded", failed);
            Assert.NotEmpty(failed);
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
