namespace NaverWorks.HelpBuilder.Markdown;

/// <summary>An INPUTS or OUTPUTS entry: a type (the <c>###</c> heading) and what it means here.</summary>
/// <param name="Type">A full type name, or <c>None</c>.</param>
/// <param name="Description">Markdown; empty until someone writes it.</param>
public sealed record TypeEntry(string Type, string Description);
