using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Formatting;

/// <summary>
/// The module's format file as data: its views, what each selects and shows. The hosted engine has no
/// Get-FormatData (it lives in Microsoft.PowerShell.Utility), so the tests read the file itself and evaluate the
/// views' items in the engine.
/// </summary>
internal static class FormatFile
{
    public static string Path => System.IO.Path.Combine(RepoPaths.Root, "NaverWorks.Format.ps1xml");

    public static IReadOnlyList<View> Views { get; } = XDocument.Load(Path).Descendants("View").Select(View.From).ToList();

    /// <summary>The type names PowerShell gives an object of <paramref name="type"/>: its TypedOutput name first, then the class chain.</summary>
    public static List<string> TypeNamesOf(Type type)
    {
        var names = new List<string>();
        if (type.GetField("TypeName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string tagged) names.Add(tagged);
        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType) names.Add(t.FullName!);
        return names;
    }

    /// <summary>The views PowerShell would consider for <paramref name="type"/>, most specific type name first, in file order.</summary>
    public static List<View> ViewsFor(Type type)
    {
        var names = TypeNamesOf(type);
        return names.SelectMany(n => Views.Where(v => v.TypeNames.Contains(n))).ToList();
    }

    /// <summary>One view: its name, the type names it selects, its kind and its items in order.</summary>
    public sealed record View(string Name, IReadOnlyList<string> TypeNames, string Kind, IReadOnlyList<Item> Items)
    {
        public static View From(XElement view)
        {
            var control = view.Elements().First(e => e.Name.LocalName.EndsWith("Control", StringComparison.Ordinal));
            var types = view.Element("ViewSelectedBy")!.Elements("TypeName").Select(t => t.Value.Trim()).ToList();
            var items = control.Name.LocalName switch
            {
                "TableControl" => TableItems(control),
                "ListControl" => control.Descendants("ListItem").Select(Item.From).ToList(),
                _ => new List<Item>(),
            };
            return new View(view.Element("Name")!.Value, types, control.Name.LocalName.Replace("Control", ""), items);
        }

        private static List<Item> TableItems(XElement control)
        {
            var labels = control.Descendants("TableColumnHeader").Select(h => h.Element("Label")?.Value).ToList();
            return control.Descendants("TableColumnItem").Select((c, i) => Item.From(c) with { Label = labels.ElementAtOrDefault(i) ?? Item.From(c).Label }).ToList();
        }
    }

    /// <summary>One shown value: a property, or a script block over $_.</summary>
    public sealed record Item(string Label, string? Property, string? Script)
    {
        public static Item From(XElement e)
        {
            string? property = e.Element("PropertyName")?.Value.Trim();
            string? script = e.Element("ScriptBlock")?.Value.Trim();
            return new Item(e.Element("Label")?.Value ?? property ?? "", property, script);
        }

        /// <summary>The item as a script over $_.</summary>
        public string Expression => Script ?? "$_." + Property;
    }
}
