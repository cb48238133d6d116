using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Scenarios;

/// <summary>
/// An administrator provisions 200 new hires from a CSV that also holds the usual mistakes, against a tenant whose
/// service fails now and then: 5% of requests answer 5xx before doing anything, 3% of writes are carried out and
/// then answer 500 or drop the connection.
/// </summary>
public class BulkProvisioningScenarioTests
{
    // What Import-Csv would give for hires.csv: 200 good rows, with five bad ones among them.
    private const string HiresCsv = @"
        function Hire($n) {
            [pscustomobject]@{
                Email = 'hire{0:D3}@example.com' -f $n; LastName = '김'; FirstName = ""신입$n""
                OrgUnit = @('인사팀', '재무팀', '플랫폼팀', '서비스개발팀')[$n % 4]; Position = '팀원'; Level = '사원'
                EmployeeNumber = 'H{0:D4}' -f $n; CellPhone = '010-5555-{0:D4}' -f $n; Password = 'Welcome2024'
            }
        }
        function Mistake($email, $orgUnit = '인사팀', $phone = '010-5555-0000', $password = 'Welcome2024') {
            [pscustomobject]@{ Email = $email; LastName = '이'; FirstName = '오류'; OrgUnit = $orgUnit; Position = '팀원'; Level = '사원'
                               EmployeeNumber = ''; CellPhone = $phone; Password = $password }
        }
        $hires = @(
            1..40 | ForEach-Object { Hire $_ }
            Mistake ''                                              # row 41: no email
            41..80 | ForEach-Object { Hire $_ }
            Mistake 'kim hana@example.com'                          # row 82: not an address
            81..120 | ForEach-Object { Hire $_ }
            Mistake 'oops1@example.com' 'Marketing'                 # row 123: no such org unit
            121..160 | ForEach-Object { Hire $_ }
            Mistake 'oops2@example.com' '인사팀' '010 5555 1234'    # row 164: spaces in the phone number
            161..200 | ForEach-Object { Hire $_ }
            Mistake 'oops3@example.com' '인사팀' '010-5555-0001' 'weak'   # row 205: the service's password rule
        )
        ";

    private static readonly Dictionary<long, string> Mistakes = new()
    {
        [41] = "Row 41 ((no value)): Email:",
        [82] = "Row 82 (kim hana@example.com): Email:",
        [123] = "Row 123 (oops1@example.com): OrgUnit: no org unit is named 'Marketing'",
        [164] = "Row 164 (oops2@example.com): CellPhone:",
        [205] = "Row 205 (oops3@example.com), field Password:",
    };

    [Fact]
    public async Task Two_hundred_hires_through_faults_give_exactly_two_hundred_users_and_every_row_is_accounted_for()
    {
        await using var env = await EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: 20), connectShell: true);
        int before = env.Server.Tenant.UserCount;
        env.Server.Faults.Seed = 20240401;
        env.Server.Faults.TransientFailureRate = 0.05;
        env.Server.Faults.CommitThenFailRate = 0.03;

        // Rehearsal: -WhatIf checks and resolves every row and sends nothing.
        env.Server.Requests.Clear();
        var rehearsal = env.Invoke(HiresCsv + "$hires | New-WorksUser -WhatIf");
        Assert.True(rehearsal.Terminating is null, rehearsal.Terminating?.ToString());
        Assert.Empty(rehearsal.Output);
        Assert.All(env.Server.Requests.Entries, e => Assert.Equal("GET", e.Method));
        Assert.Equal(Mistakes.Keys.Where(k => k != 205), RowsOf(rehearsal.Errors.Select(e => e.ErrorDetails.Message)));
        Assert.Equal(before, env.Server.Tenant.UserCount);

        // The real run.
        env.Server.Requests.Clear();
        var run = env.Invoke(HiresCsv + "$hires | New-WorksUser");
        Assert.Null(run.Terminating);

        // 200 users, each written once with the row it answers; nothing lost, nothing doubled.
        var created = run.Output.Select(o => (User: (User)o.BaseObject, Row: (long)o.Properties["Row"].Value)).ToList();
        Assert.Equal(200, created.Count);
        Assert.Equal(200, created.Select(c => c.User.Email).Distinct().Count());
        var hireRows = Enumerable.Range(1, 205).Select(i => (long)i).Where(i => !Mistakes.ContainsKey(i)).ToList();
        Assert.Equal(hireRows, created.Select(c => c.Row));
        Assert.Equal(Enumerable.Range(1, 200).Select(n => $"hire{n:D3}@example.com"), created.Select(c => c.User.Email));
        Assert.Equal(before + 200, env.Server.Tenant.UserCount);
        var hiresInTenant = env.Server.Tenant.GetUsers().Where(u => u.Email.StartsWith("hire")).ToList();
        Assert.Equal(200, hiresInTenant.Count);
        Assert.Equal(200, hiresInTenant.Select(u => u.EmployeeNumber).Distinct().Count());
        Assert.All(created, c => Assert.Equal("팀원", c.User.Position));

        // Each mistake is one error naming its row and field; the rows are all accounted for.
        var messages = run.Errors.Select(e => e.ErrorDetails.Message).ToList();
        Assert.Equal(Mistakes.Keys, RowsOf(messages));
        foreach (var (row, start) in Mistakes) Assert.StartsWith(start, messages.Single(m => m.StartsWith($"Row {row} ")));
        Assert.Equal(Enumerable.Range(1, 205).Select(i => (long)i), created.Select(c => c.Row).Concat(RowsOf(messages)).OrderBy(r => r));

        // The faults really happened, on the creates themselves.
        var posts = env.Server.Requests.ForRoute("POST /users");
        Assert.Contains(posts, p => p.Fault == "Transient");
        Assert.Contains(posts, p => p.Fault == "CommitThenFail");
        Assert.DoesNotContain(run.Errors, e => e.CategoryInfo.Category == System.Management.Automation.ErrorCategory.ResourceExists);
    }

    private static IEnumerable<long> RowsOf(IEnumerable<string> messages) =>
        messages.Select(m => long.Parse(Regex.Match(m, @"^Row (\d+) ").Groups[1].Value)).OrderBy(r => r).ToList();
}
