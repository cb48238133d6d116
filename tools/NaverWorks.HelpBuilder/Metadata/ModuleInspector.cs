using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace NaverWorks.HelpBuilder.Metadata;

/// <summary>
/// Reads cmdlet metadata the way users meet it: imports the module from its manifest in a hosted runspace
/// and asks the engine (Get-Command's own data), so parameter sets, ShouldProcess and paging parameters are
/// exactly what PowerShell binds, and only what the manifest exports is documented.
/// </summary>
public static class ModuleInspector
{
    /// <summary>Every cmdlet the manifest exports, ordered by name.</summary>
    /// <param name="manifestPath">The module's .psd1 (its compiled part must be built).</param>
    public static IReadOnlyList<CmdletMetadata> Inspect(string manifestPath)
    {
        using Runspace runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using PowerShell ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddCommand("Import-Module").AddParameter("Name", Path.GetFullPath(manifestPath)).AddParameter("PassThru", true).AddParameter("ErrorAction", ActionPreference.Stop);
        PSModuleInfo module;
        try
        {
            module = ps.Invoke().Select(o => o.BaseObject).OfType<PSModuleInfo>().First();
        }
        catch (RuntimeException ex)
        {
            throw new InvalidOperationException($"Could not import {manifestPath} (is the module built? dotnet build NaverWorks.slnx): {ex.Message}", ex);
        }
        return module.ExportedCmdlets.Values
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(Describe)
            .ToList();
    }

    /// <summary>The metadata of one cmdlet.</summary>
    public static CmdletMetadata Describe(CmdletInfo cmdlet)
    {
        var first = new Dictionary<string, CommandParameterInfo>(StringComparer.OrdinalIgnoreCase);
        var usages = new Dictionary<string, List<ParameterUsage>>(StringComparer.OrdinalIgnoreCase);
        var sets = new List<CmdletParameterSet>();
        var inputs = new List<string>();
        foreach (CommandParameterSetInfo set in cmdlet.ParameterSets)
        {
            var own = set.Parameters.Where(p => !Cmdlet.CommonParameters.Contains(p.Name)).ToList();
            // A hidden parameter still says what the pipeline accepts (e.g. a DontShow InputObject).
            foreach (var p in own.Where(p => p.ValueFromPipeline))
            {
                string item = TypeNames.PipelineItem(p.ParameterType);
                if (!inputs.Contains(item)) inputs.Add(item);
            }
            var shown = own.Where(p => !IsHidden(p)).ToList();
            foreach (var p in shown)
            {
                if (!first.ContainsKey(p.Name))
                {
                    first[p.Name] = p;
                    usages[p.Name] = new List<ParameterUsage>();
                }
                usages[p.Name].Add(new ParameterUsage(set.Name, p.IsMandatory, p.Position == int.MinValue ? null : p.Position, PipelineInput(p)));
            }
            sets.Add(new CmdletParameterSet(set.Name, set.IsDefault, DisplayOrder(shown)));
        }

        using var defaults = DefaultValues.Of(cmdlet.ImplementingType);
        var parameters = first.Values
            .Select(p => new CmdletParameter(
                p.Name,
                TypeNames.Short(p.ParameterType),
                p.ParameterType == typeof(SwitchParameter),
                p.Aliases.ToList(),
                AcceptedValues(p),
                defaults.For(p),
                p.Attributes.OfType<SupportsWildcardsAttribute>().Any(),
                usages[p.Name]))
            .ToList();
        if (inputs.Count == 0) inputs.Add("None");

        var outputs = cmdlet.OutputType
            .Select(t => t.Name == typeof(void).FullName ? "None" : t.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (outputs.Count == 0) outputs.Add(typeof(object).FullName!);

        return new CmdletMetadata(cmdlet.Name, cmdlet.ModuleName, cmdlet.HelpFile ?? "", sets, parameters, inputs, outputs);
    }

    private static bool IsHidden(CommandParameterInfo p) => p.Attributes.OfType<ParameterAttribute>().Any(a => a.DontShow);

    private static string PipelineInput(CommandParameterInfo p) => (p.ValueFromPipeline, p.ValueFromPipelineByPropertyName) switch
    {
        (true, true) => "True (ByPropertyName, ByValue)",
        (true, false) => "True (ByValue)",
        (false, true) => "True (ByPropertyName)",
        _ => "False",
    };

    // The order Get-Command -Syntax uses: positional by position, then mandatory named, then optional named.
    private static IReadOnlyList<string> DisplayOrder(IReadOnlyList<CommandParameterInfo> parameters) =>
        parameters.Where(p => p.Position != int.MinValue).OrderBy(p => p.Position)
            .Concat(parameters.Where(p => p.Position == int.MinValue && p.IsMandatory))
            .Concat(parameters.Where(p => p.Position == int.MinValue && !p.IsMandatory))
            .Select(p => p.Name)
            .ToList();

    private static IReadOnlyList<string> AcceptedValues(CommandParameterInfo p)
    {
        var set = p.Attributes.OfType<ValidateSetAttribute>().FirstOrDefault();
        if (set is not null) return set.ValidValues.ToList();
        Type type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (type.IsArray) type = type.GetElementType()!;
        return type.IsEnum ? Enum.GetNames(type).ToList() : Array.Empty<string>();
    }
}
