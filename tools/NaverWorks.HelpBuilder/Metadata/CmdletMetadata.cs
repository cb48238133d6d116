using System.Collections.Generic;

namespace NaverWorks.HelpBuilder.Metadata;

/// <summary>What the code says about one cmdlet: the parts of its help that are derived, not written.</summary>
/// <param name="Name">Verb-Noun.</param>
/// <param name="ModuleName">The module that exports it (front matter "Module Name").</param>
/// <param name="HelpFile">The MAML file PowerShell looks for (front matter "external help file").</param>
/// <param name="ParameterSets">In the engine's order; a cmdlet without named sets has one, <c>__AllParameterSets</c>.</param>
/// <param name="Parameters">The documented parameters: neither common nor DontShow.</param>
/// <param name="InputTypes">Full names of what the pipeline binds by value, or <c>None</c>.</param>
/// <param name="OutputTypes">Full names from <c>[OutputType]</c>.</param>
public sealed record CmdletMetadata(
    string Name,
    string ModuleName,
    string HelpFile,
    IReadOnlyList<CmdletParameterSet> ParameterSets,
    IReadOnlyList<CmdletParameter> Parameters,
    IReadOnlyList<string> InputTypes,
    IReadOnlyList<string> OutputTypes)
{
    /// <summary>The name of the only set of a cmdlet that declares none.</summary>
    public const string AllParameterSets = "__AllParameterSets";

    /// <summary>True when the cmdlet has a single set it did not name (its syntax gets no heading).</summary>
    public bool HasUnnamedSetOnly => ParameterSets.Count == 1 && ParameterSets[0].Name == AllParameterSets;
}

/// <summary>One parameter set and the order the syntax lists its parameters in.</summary>
/// <param name="Name">The set's name.</param>
/// <param name="IsDefault">True for the cmdlet's default set.</param>
/// <param name="ParameterNames">Positional parameters by position, then mandatory named ones, then the rest (as Get-Command -Syntax).</param>
public sealed record CmdletParameterSet(string Name, bool IsDefault, IReadOnlyList<string> ParameterNames);

/// <summary>One documented parameter.</summary>
/// <param name="Name">Without the dash.</param>
/// <param name="TypeName">Short display name, e.g. <c>String[]</c>, <c>SwitchParameter</c>.</param>
/// <param name="IsSwitch">True for a SwitchParameter.</param>
/// <param name="Aliases">Declared aliases.</param>
/// <param name="AcceptedValues">From ValidateSet or an enum type; empty when any value goes.</param>
/// <param name="DefaultValue">As shown in help: a PSDefaultValue, the property's initial value, <c>False</c> for a switch, or <c>None</c>.</param>
/// <param name="AcceptsWildcards">True when the parameter has [SupportsWildcards].</param>
/// <param name="Usages">How the parameter behaves in each set it belongs to, in set order.</param>
public sealed record CmdletParameter(
    string Name,
    string TypeName,
    bool IsSwitch,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    string DefaultValue,
    bool AcceptsWildcards,
    IReadOnlyList<ParameterUsage> Usages);

/// <summary>A parameter's behaviour in one parameter set.</summary>
/// <param name="SetName">The set.</param>
/// <param name="Required">Mandatory in this set.</param>
/// <param name="Position">The position, or null when named only.</param>
/// <param name="PipelineInput">As help shows it: <c>False</c>, <c>True (ByValue)</c>, <c>True (ByPropertyName)</c> or <c>True (ByPropertyName, ByValue)</c>.</param>
public sealed record ParameterUsage(string SetName, bool Required, int? Position, string PipelineInput);
