using System.Globalization;
using System.Management.Automation;
using NaverWorks.Bench;

namespace NaverWorks.Soak;

/// <summary>
/// The admin job the soak repeats: one cycle creates a batch of users from CSV-like rows, lists and reads them,
/// changes, suspends and resumes them, reads org units and groups, creates, lists and removes calendar events and
/// WORKPLACE employees, and removes the batch. Every cycle ends with the tenant as it began, so nothing the
/// emulator holds grows, and every listing checks that (a lost or doubled create or remove counts as drift).
/// Names are new in every cycle, so a cache keyed by user, event or employee would show as growth.
/// </summary>
internal sealed class MixedWorkload(SoakSession session, SoakCounters counters, SoakOptions options)
{
    // The emulator's super admin (default mail domain): the calendar the events go to, and the group's administrator.
    private const string Admin = "admin@example.com";
    private const string Team = "인사팀";
    private const string RootDepartment = "dept0000";

    // The members of an org unit are read one GET each, on the same per-operation budget as Get-WorksUser -Id: a
    // few are enough to exercise the pipeline, all of a 170-member team would make that one read the whole cycle.
    private const int MembersRead = 5;

    // A fixed day, far from the seed data, in which only this workload's events exist.
    private static readonly string WindowStart = "2030-01-07T00:00:00+09:00", WindowEnd = "2030-01-08T00:00:00+09:00";

    private int _baseUsers, _baseEmployees;

    /// <summary>What the loop needs once: a group to read, resident WORKPLACE employees to list, and the baseline counts.</summary>
    public void Prepare()
    {
        if (session.Setup(ps => ps.AddCommand("Get-WorksGroup")).Count == 0)
        {
            var members = session.Setup(ps => ps.AddCommand("Get-WorksUser").AddParameter("First", 3));
            session.Setup(ps => ps.AddCommand("New-WorksGroup").AddParameter("Name", "Soak readers")
                .AddParameter("Administrator", Admin).AddParameter("Member", members.Select(m => m.Properties["Email"].Value).ToArray()));
        }
        session.Setup(ps => ps.AddCommand("New-WorkplaceEmployee").AddParameter("ThrottleLimit", 4), EmployeeRows("resident", options.ResidentEmployees));
        _baseUsers = session.Setup(ps => ps.AddCommand("Get-WorksUser")).Count;
        _baseEmployees = session.Setup(ps => ps.AddCommand("Get-WorkplaceEmployee")).Count;
    }

    public (int Users, int Employees) Baseline => (_baseUsers, _baseEmployees);

    /// <summary>One cycle of the job.</summary>
    public void RunCycle(int cycle)
    {
        string tag = cycle.ToString("D6", CultureInfo.InvariantCulture);
        var rows = Rows.Csv(options.Batch, $"soak{tag}x");
        string[] emails = rows.Select(r => (string)r.Properties["Email"].Value).ToArray();

        var created = session.Run("New-WorksUser", ps => ps.AddCommand("New-WorksUser").AddParameter("ThrottleLimit", 4), rows);
        Expect(session.Run("Get-WorksUser (all pages)", ps => ps.AddCommand("Get-WorksUser")).Count, _baseUsers + options.Batch);
        session.Run("Get-WorksUser -Id", ps => ps.AddCommand("Get-WorksUser").AddParameter("Id", emails));
        session.Run("Set-WorksUser", ps => ps.AddCommand("Set-WorksUser").AddParameter("Location", "Seoul " + tag).AddParameter("ThrottleLimit", 4), created, created.Count);
        session.Run("Suspend-WorksUser", ps => ps.AddCommand("Suspend-WorksUser").AddParameter("Id", emails).AddParameter("Confirm", false), items: emails.Length);
        session.Run("Resume-WorksUser", ps => ps.AddCommand("Resume-WorksUser").AddParameter("Id", emails).AddParameter("Confirm", false), items: emails.Length);

        session.Run("Get-WorksOrgUnit", ps => ps.AddCommand("Get-WorksOrgUnit"));
        session.Run("Get-WorksOrgUnit | Get-WorksUser", ps => ps.AddCommand("Get-WorksOrgUnit").AddParameter("Name", Team).AddCommand("Get-WorksUser").AddParameter("First", MembersRead));
        session.Run("Get-WorksGroup", ps => ps.AddCommand("Get-WorksGroup"));

        Calendar(tag);
        Workplace(tag);

        session.Run("Remove-WorksUser", ps => ps.AddCommand("Remove-WorksUser").AddParameter("Id", emails).AddParameter("Confirm", false), items: emails.Length);
        counters.Cycles.Add();
    }

    /// <summary>After the loop: the tenant holds what it held before it (users and employees), and no event is left.</summary>
    public bool TenantIsAsBefore(out string state)
    {
        int users = session.Setup(ps => ps.AddCommand("Get-WorksUser")).Count;
        int employees = session.Setup(ps => ps.AddCommand("Get-WorkplaceEmployee")).Count;
        int events = session.Setup(ps => ListEvents(ps)).Count;
        state = $"users {users} (before {_baseUsers}), WORKPLACE employees {employees} (before {_baseEmployees}), events left in the window {events}";
        return users == _baseUsers && employees == _baseEmployees && events == 0;
    }

    private void Calendar(string tag)
    {
        var events = Enumerable.Range(0, options.Events).Select(k => Row(
            ("UserId", Admin), ("Summary", $"soak {tag} #{k}"), ("TimeZone", "Asia/Seoul"),
            ("Start", $"2030-01-07T{8 + k % 12:D2}:00:00"), ("End", $"2030-01-07T{8 + k % 12:D2}:30:00")));
        session.Run("New-WorksEvent", ps => ps.AddCommand("New-WorksEvent"), events);
        var listed = session.Run("Get-WorksEvent", ListEvents);
        Expect(listed.Count, options.Events);
        session.Run("Remove-WorksEvent", ps => ps.AddCommand("Remove-WorksEvent").AddParameter("UserId", Admin).AddParameter("Confirm", false), listed, listed.Count);
    }

    private void Workplace(string tag)
    {
        var rows = EmployeeRows("soak" + tag, options.Employees);
        session.Run("New-WorkplaceEmployee", ps => ps.AddCommand("New-WorkplaceEmployee").AddParameter("ThrottleLimit", 4), rows);
        Expect(session.Run("Get-WorkplaceEmployee (all pages)", ps => ps.AddCommand("Get-WorkplaceEmployee")).Count, _baseEmployees + options.Employees);
        session.Run("Get-WorkplaceDepartment", ps => ps.AddCommand("Get-WorkplaceDepartment"));
        session.Run("Remove-WorkplaceEmployee", ps => ps.AddCommand("Remove-WorkplaceEmployee").AddParameter("Confirm", false), rows, rows.Count);
    }

    private static void ListEvents(PowerShell ps) =>
        ps.AddCommand("Get-WorksEvent").AddParameter("UserId", Admin).AddParameter("From", WindowStart).AddParameter("To", WindowEnd);

    private static List<PSObject> EmployeeRows(string prefix, int count) =>
        Enumerable.Range(1, count).Select(k => Row(
            ("ExternalKey", $"{prefix}-{k}"), ("Name", $"소크{k}"), ("LoginId", $"{prefix}.{k}@example.com"),
            ("Email", $"{prefix}.{k}@example.com"), ("DepartmentExternalKey", RootDepartment), ("HireDate", "2024-03-04"))).ToList();

    // What Import-Csv emits: a PSObject of note properties.
    private static PSObject Row(params (string Name, string Value)[] cells)
    {
        var row = new PSObject();
        foreach (var (name, value) in cells) row.Properties.Add(new PSNoteProperty(name, value));
        return row;
    }

    private void Expect(int listed, int expected)
    {
        if (listed == expected) return;
        counters.TenantDrift.Add();
        Console.Error.WriteLine($"tenant drift: listed {listed}, expected {expected}");
    }
}
