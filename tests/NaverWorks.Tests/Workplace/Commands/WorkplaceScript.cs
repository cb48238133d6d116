using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Workplace.Commands;

/// <summary>Script helpers: connecting to an emulated company, and CSV rows as Import-Csv emits them.</summary>
internal static class WorkplaceScript
{
    public const string Connect = "Connect-Workplace -AccessKey $wpAccessKey -SecretKey $wpSecretKey -CompanyId $wpCompanyId -Endpoint $wpEndpoint\n";

    public static RunResult Run(ModuleRunspace ps, Uri endpoint, WorkplaceCredentials company, string script, IDictionary<string, object?>? variables = null)
    {
        var all = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>())
        {
            ["wpAccessKey"] = company.AccessKey,
            ["wpSecretKey"] = company.SecretKey,
            ["wpCompanyId"] = company.CompanyId,
            ["wpEndpoint"] = endpoint.ToString(),
        };
        return ps.Invoke(Connect + script, all);
    }

    /// <summary>
    /// Rows exactly as Import-Csv gives them: PSCustomObjects whose properties are all strings (an empty
    /// cell is ""). Built from anonymous objects, one per row.
    /// </summary>
    public static PSObject[] Csv(params object[] rows) => rows.Select(row =>
    {
        var line = new PSObject();
        foreach (var property in row.GetType().GetProperties())
            line.Properties.Add(new PSNoteProperty(property.Name, Convert.ToString(property.GetValue(row), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        return line;
    }).ToArray();

    /// <summary>The objects of <typeparamref name="T"/> a script wrote.</summary>
    public static List<T> Objects<T>(this RunResult result) => result.Output.Select(o => o.BaseObject).OfType<T>().ToList();

    /// <summary>Every error's message, as the user sees it.</summary>
    public static List<string> ErrorMessages(this RunResult result) =>
        result.Errors.Select(e => e.ErrorDetails?.Message ?? e.Exception.Message).ToList();
}
