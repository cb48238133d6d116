using System.Management.Automation;
using System.Text.Json;
using NaverWorks.Emulator.Workplace;

namespace NaverWorks.Bench;

/// <summary>The CSV rows a WORKPLACE employee load feeds (as Import-Csv makes them), and the same employees as raw JSON bodies.</summary>
internal static class WorkplaceRows
{
    // Every company has its top-level department; keys need no lookup in WORKPLACE, so one department is enough.
    private const string Department = WorkplaceTenant.DefaultRootDepartmentKey;
    private const string HireDate = "2024-04-01";

    public static List<PSObject> Csv(int count, string prefix)
    {
        var rows = new List<PSObject>(count);
        for (int n = 1; n <= count; n++)
        {
            var row = new PSObject();
            row.Properties.Add(new PSNoteProperty("ExternalKey", Key(prefix, n)));
            row.Properties.Add(new PSNoteProperty("Name", $"김사원{n}"));
            row.Properties.Add(new PSNoteProperty("LoginId", $"{Key(prefix, n)}@example.com"));
            row.Properties.Add(new PSNoteProperty("Email", $"{Key(prefix, n)}@example.com"));
            row.Properties.Add(new PSNoteProperty("DepartmentExternalKey", Department));
            row.Properties.Add(new PSNoteProperty("HireDate", HireDate));
            row.Properties.Add(new PSNoteProperty("CellPhone", $"010-7777-{n % 10000:D4}"));
            row.Properties.Add(new PSNoteProperty("Password", "Welcome2024"));
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The external keys and bodies a hand-written client would POST for the same rows (field names from the API documentation).</summary>
    public static List<(string Key, byte[] Body)> Bodies(int count, string prefix)
    {
        var bodies = new List<(string, byte[])>(count);
        for (int n = 1; n <= count; n++)
        {
            bodies.Add((Key(prefix, n), JsonSerializer.SerializeToUtf8Bytes(new
            {
                name = $"김사원{n}",
                loginId = $"{Key(prefix, n)}@example.com",
                emailAddress = $"{Key(prefix, n)}@example.com",
                employYmd = HireDate,
                cellphoneNo = $"010-7777-{n % 10000:D4}",
                deptExternalKey = Department,
                concurrentDeptExternalKeys = Array.Empty<string>(),
                passwordSettingType = "ADMIN",
                initializePassword = "Welcome2024",
            })));
        }
        return bodies;
    }

    private static string Key(string prefix, int n) => $"{prefix}{n:D5}";
}
