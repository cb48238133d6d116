using System.Collections.Generic;
using System.Linq;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Formatting;

/// <summary>
/// Shows an object through a view the way Format-Table and Format-List would fill the cells: each item evaluated
/// with $_ set to the object, in the hosted engine (which has no Format-* cmdlets of its own).
/// </summary>
internal static class ViewRenderer
{
    /// <summary>Label → text of each item of <paramref name="view"/> for the object in <c>$viewed</c> (errors fail the test).</summary>
    public static List<(string Label, string Text)> Render(ModuleRunspace ps, FormatFile.View view, object viewed)
    {
        var r = ps.Invoke("""
            foreach ($expression in $viewItems) {
                $block = [scriptblock]::Create($expression)
                [string]::Join(' ', @($viewed | ForEach-Object $block))
            }
            """, new() { ["viewItems"] = view.Items.Select(i => i.Expression).ToArray(), ["viewed"] = viewed }).ThrowOnError();
        return view.Items.Select((item, i) => (item.Label, r.Output[i]?.ToString() ?? "")).ToList();
    }
}
