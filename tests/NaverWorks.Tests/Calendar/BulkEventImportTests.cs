using System.Linq;
using NaverWorks.Emulator;
using NaverWorks.Models;

namespace NaverWorks.Tests.Calendar;

/// <summary><c>Import-Csv events.csv | New-WorksEvent</c>: rows as [pscustomobject] with text cells, exactly as Import-Csv emits them.</summary>
public sealed class BulkEventImportTests(CalendarModuleFixture f) : IClassFixture<CalendarModuleFixture>
{
    private const string Rows = """
        $rows = @(
            [pscustomobject]@{ UserId = $u; Summary = 'Kickoff';   Start = '2024-07-01T10:00:00'; End = '2024-07-01T11:00:00'; TimeZone = 'Asia/Seoul'; AllDay = '';     Attendee = 'a@example.com; b@example.com'; Reminder = 'PT15M'; Frequency = '';       Visibility = '';        SendNotification = 'FALSE'; EventId = '' }
            [pscustomobject]@{ UserId = $u; Summary = 'Retreat';   Start = '2024-07-08';          End = '2024-07-10';          TimeZone = '';           AllDay = 'TRUE'; Attendee = '';                            Reminder = '';      Frequency = '';       Visibility = 'Private'; SendNotification = '';      EventId = '' }
            [pscustomobject]@{ UserId = $u; Summary = 'Bad date';  Start = '2024-02-30';          End = '';                    TimeZone = '';           AllDay = '';     Attendee = '';                            Reminder = '';      Frequency = '';       Visibility = '';        SendNotification = '';      EventId = '' }
            [pscustomobject]@{ UserId = $u; Summary = 'Bad rule';  Start = '2024-07-02T09:00:00'; End = '';                    TimeZone = 'Asia/Seoul'; AllDay = '';     Attendee = '';                            Reminder = '';      Frequency = '';       Visibility = '';        SendNotification = '';      EventId = ''; Recurrence = 'RRULE:FREQ=HOURLY' }
            [pscustomobject]@{ UserId = $u; Summary = 'Weekly 1:1'; Start = '2024-07-03T09:00:00'; End = '2024-07-03T09:30:00'; TimeZone = 'Asia/Seoul'; AllDay = 'no';   Attendee = '';                            Reminder = '';      Frequency = 'Weekly'; Visibility = '';        SendNotification = '';      EventId = 'one-on-one-0703' }
        )
        """;

    [Fact]
    public void Csv_rows_become_events_and_a_bad_row_is_reported_by_row_and_field()
    {
        var user = f.NewUser("bulk");
        f.Server.Requests.Clear();
        var r = f.Try(Rows + "\n$rows | New-WorksEvent -ThrottleLimit 3", new { u = user });

        Assert.Equal(new[] { "Kickoff", "Retreat", "Weekly 1:1" }, r.Output.Select(o => ((WorksEvent)o.BaseObject).Summary));
        var bodies = f.Bodies("POST /users/{userId}/calendar/events").Select(b => b["eventComponents"]![0]!).ToList();
        Assert.Equal(3, bodies.Count);
        var kickoff = bodies.Single(b => (string?)b["summary"] == "Kickoff");
        Assert.Equal(2, kickoff["attendees"]!.AsArray().Count);
        Assert.Equal("""{"date":"2024-07-10"}""", bodies.Single(b => (string?)b["summary"] == "Retreat")["end"]!.ToJsonString());
        Assert.Equal("one-on-one-0703", (string?)bodies.Single(b => (string?)b["summary"] == "Weekly 1:1")["eventId"]);
        // The module chooses the id of rows without one, so their creates can be looked up after a failure.
        Assert.StartsWith("event-", (string?)kickoff["eventId"]);

        // Each bad row is reported by its number and the field, and the rows after it keep their numbers.
        Assert.Equal(2, r.Errors.Count);
        Assert.StartsWith("Row 3 ('Bad date'): Start: '2024-02-30' is not a date", r.Errors[0].ErrorDetails.Message);
        Assert.StartsWith("Row 4 ('Bad rule'): Recurrence: 'RRULE:FREQ=HOURLY'", r.Errors[1].ErrorDetails.Message);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, r.Errors[1].CategoryInfo.Category);
    }

    [Fact]
    public void A_create_whose_answer_is_lost_is_looked_up_and_not_made_twice()
    {
        var user = f.NewUser("once");
        f.Server.Requests.Clear();
        f.Server.Faults.Enqueue(FaultRule.Of(FaultKind.CommitThenFail, "POST", "/users/"));

        var r = f.Run("New-WorksEvent -UserId $u -Summary 'Payroll cutoff' -Start '2024-07-25' -Verbose", new { u = user });

        Assert.Equal("Payroll cutoff", r.Single<WorksEvent>().Summary);
        Assert.Single(f.Server.Requests.ForRoute("POST /users/{userId}/calendar/events"));
        var july = f.Run("Get-WorksEvent -UserId $u -Month 2024-07", new { u = user }).Output;
        Assert.Single(july);
    }

    [Fact]
    public void A_client_event_id_that_exists_is_a_conflict_for_that_row()
    {
        var user = f.NewUser("conflict");
        f.Run("New-WorksEvent -UserId $u -Summary 'First' -Start '2024-08-01' -EventId 'fixed-id-1' | Out-Null", new { u = user });
        var r = f.Try("[pscustomobject]@{ UserId = $u; Summary = 'Again'; Start = '2024-08-02'; EventId = 'fixed-id-1' } | New-WorksEvent", new { u = user });
        var error = r.Errors.Single();
        Assert.Equal("ALREADY_EXIST", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("Row 1 ('Again')", error.ToString());
    }
}
