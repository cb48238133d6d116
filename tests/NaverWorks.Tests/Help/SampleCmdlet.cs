using System;
using NaverWorks.HelpBuilder.Metadata;

namespace NaverWorks.Tests.Help;

/// <summary>Cmdlet metadata built by hand, for testing the help tooling without a module.</summary>
internal static class SampleCmdlet
{
    public const string ById = "ById";
    public const string ByName = "ByName";

    /// <summary>
    /// Get-Thing: -Id (mandatory, position 0, ByValue) in ById; -Name (mandatory) in ByName; -Force (switch) and
    /// -Session everywhere; -WhatIf (engine-supplied) everywhere.
    /// </summary>
    public static CmdletMetadata GetThing(string idType = "String[]", bool withForce = true, bool withColor = false)
    {
        var id = new CmdletParameter("Id", idType, false, new[] { "UserId" }, Array.Empty<string>(), "None", false,
            new[] { new ParameterUsage(ById, true, 0, "True (ByPropertyName, ByValue)") });
        var name = new CmdletParameter("Name", "String", false, Array.Empty<string>(), Array.Empty<string>(), "None", true,
            new[] { new ParameterUsage(ByName, true, null, "False") });
        var force = new CmdletParameter("Force", "SwitchParameter", true, Array.Empty<string>(), Array.Empty<string>(), "False", false,
            new[] { new ParameterUsage(ById, false, null, "False"), new ParameterUsage(ByName, false, null, "False") });
        var color = new CmdletParameter("Color", "String", false, Array.Empty<string>(), new[] { "Red", "Blue" }, "Red", false,
            new[] { new ParameterUsage(ById, false, null, "False"), new ParameterUsage(ByName, false, null, "False") });
        var session = new CmdletParameter("Session", "WorksSession", false, Array.Empty<string>(), Array.Empty<string>(), "None", false,
            new[] { new ParameterUsage(ById, false, null, "False"), new ParameterUsage(ByName, false, null, "False") });
        var whatIf = new CmdletParameter("WhatIf", "SwitchParameter", true, new[] { "wi" }, Array.Empty<string>(), "False", false,
            new[] { new ParameterUsage(ById, false, null, "False"), new ParameterUsage(ByName, false, null, "False") });

        var parameters = new System.Collections.Generic.List<CmdletParameter> { id, name };
        if (withForce) parameters.Add(force);
        if (withColor) parameters.Add(color);
        parameters.Add(session);
        parameters.Add(whatIf);
        string[] tail = withForce ? new[] { "Force", "Session", "WhatIf" } : new[] { "Session", "WhatIf" };
        if (withColor) tail = new[] { "Color" }.Concat(tail);
        return new CmdletMetadata(
            "Get-Thing", "Things", "Things.dll-Help.xml",
            new[]
            {
                new CmdletParameterSet(ById, true, new[] { "Id" }.Concat(tail)),
                new CmdletParameterSet(ByName, false, new[] { "Name" }.Concat(tail)),
            },
            parameters,
            new[] { "System.String" },
            new[] { "Things.Thing" });
    }

    private static string[] Concat(this string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
