using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Completers;

/// <summary>Presses Tab at the end of a command line in a hosted runspace, as the console would.</summary>
internal static class Completion
{
    /// <summary>What TabExpansion2 offers at the end of <paramref name="line"/>; fails the test on any error.</summary>
    public static List<CompletionResult> At(ModuleRunspace ps, string line, Dictionary<string, object?>? variables = null)
    {
        var all = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>()) { ["tabLine"] = line };
        // When a completer offers nothing, PowerShell falls back to file names, which this minimal engine cannot list
        // (no Microsoft.PowerShell.Management): that CommandNotFoundException is the host's, any other error is ours.
        var r = ps.Invoke("""
            $Error.Clear()
            (TabExpansion2 -inputScript $tabLine -cursorColumn $tabLine.Length).CompletionMatches
            # $Error holds ErrorRecords and, from the completion engine, bare exceptions.
            $ours = @(@($Error) | Where-Object { ($(if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.Exception } else { $_ })) -isnot [System.Management.Automation.CommandNotFoundException] })
            if ($ours.Count) { throw $ours[0] }
            """, all).ThrowOnError();
        return r.Output.Select(o => (CompletionResult)o.BaseObject).ToList();
    }

    /// <summary>Only the values a completer offered (not the file names PowerShell falls back to).</summary>
    public static List<CompletionResult> Values(this List<CompletionResult> results) =>
        results.Where(r => r.ResultType == CompletionResultType.ParameterValue).ToList();

    /// <summary>The texts Tab would insert.</summary>
    public static List<string> Texts(this List<CompletionResult> results) => results.Select(r => r.CompletionText).ToList();
}
