using System.Management.Automation;
using System.Text.Json;

namespace NaverWorks.Bench;

/// <summary>The CSV rows a bulk import feeds (as Import-Csv makes them), and the same users as raw JSON bodies.</summary>
internal static class Rows
{
    private static readonly string[] Teams = ["인사팀", "재무팀", "플랫폼팀", "서비스개발팀"];

    public static List<PSObject> Csv(int count, string prefix)
    {
        var rows = new List<PSObject>(count);
        for (int n = 1; n <= count; n++) rows.Add(Row(n, prefix));
        return rows;
    }

    /// <summary>Row <paramref name="n"/> (1-based) of a load whose e-mail addresses start with <paramref name="prefix"/>.</summary>
    public static PSObject Row(int n, string prefix)
    {
        var row = new PSObject();
        row.Properties.Add(new PSNoteProperty("Email", $"{prefix}{n:D5}@example.com"));
        row.Properties.Add(new PSNoteProperty("LastName", "김"));
        row.Properties.Add(new PSNoteProperty("FirstName", $"사원{n}"));
        row.Properties.Add(new PSNoteProperty("OrgUnit", Teams[n % Teams.Length]));
        row.Properties.Add(new PSNoteProperty("EmployeeNumber", $"{prefix.ToUpperInvariant()}{n:D5}"));
        row.Properties.Add(new PSNoteProperty("CellPhone", $"010-7777-{n % 10000:D4}"));
        row.Properties.Add(new PSNoteProperty("Password", "Welcome2024"));
        return row;
    }

    /// <summary>The bodies a hand-written client would POST for the same rows (org unit names already resolved).</summary>
    public static List<byte[]> Bodies(int count, string prefix, int domainId, Func<string, string> orgUnitId)
    {
        var bodies = new List<byte[]>(count);
        for (int n = 1; n <= count; n++)
        {
            bodies.Add(JsonSerializer.SerializeToUtf8Bytes(new
            {
                domainId,
                email = $"{prefix}{n:D5}@example.com",
                userName = new { lastName = "김", firstName = $"사원{n}" },
                employeeNumber = $"{prefix.ToUpperInvariant()}{n:D5}",
                cellPhone = $"010-7777-{n % 10000:D4}",
                passwordConfig = new { passwordCreationType = "ADMIN", password = "Welcome2024" },
                organizations = new[] { new { domainId, primary = true, orgUnits = new[] { new { orgUnitId = orgUnitId(Teams[n % Teams.Length]), primary = true, isManager = false } } } },
            }));
        }
        return bodies;
    }
}
