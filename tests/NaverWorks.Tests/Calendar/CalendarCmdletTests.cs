using System.Linq;
using NaverWorks.Models;

namespace NaverWorks.Tests.Calendar;

/// <summary>Get-/New-/Set-/Remove-WorksCalendar against the emulator.</summary>
public sealed class CalendarCmdletTests(CalendarModuleFixture f) : IClassFixture<CalendarModuleFixture>
{
    [Fact]
    public void Shared_calendar_lifecycle_with_members_and_roles()
    {
        var owner = f.NewUser("calowner");
        var reader = f.NewUser("calreader");
        f.Server.Requests.Clear();

        var created = f.Run("New-WorksCalendar -Name 'Sales team' -Description 'Visits' -Member $o, @{ Id = $r; Role = 'EventRead' } -IsPublic",
            new { o = owner, r = reader }).Single<WorksCalendar>();
        var post = f.Bodies("POST /calendars").Single();
        Assert.Equal(
            $$"""{"calendarName":"Sales team","description":"Visits","isPublic":true,"members":[{"id":"{{owner}}","type":"USER","role":"EVENT_READ_WRITE"},{"id":"{{reader}}","type":"USER","role":"EVENT_READ"}]}""",
            post.ToJsonString());
        Assert.StartsWith("calendar", created.CalendarId);

        f.Run("Set-WorksCalendar -CalendarId $c -Name 'Sales (KR)'", new { c = created.CalendarId });
        Assert.Equal("""{"calendarName":"Sales (KR)"}""", f.Bodies("PATCH /calendars/{calendarId}").Single().ToJsonString());
        var read = f.Run("Get-WorksCalendar -CalendarId $c", new { c = created.CalendarId }).Single<WorksCalendar>();
        Assert.Equal("Sales (KR)", read.Name);
        Assert.Equal(2, read.Members!.Length);

        // The owner sees it next to the default calendar, and can put events on it through the pipeline.
        var visible = f.Run("Get-WorksCalendar -UserId $o -Personal", new { o = owner }).Output.Select(o => (WorksCalendar)o.BaseObject).ToList();
        Assert.Equal(2, visible.Count);
        var e = f.Run("Get-WorksCalendar -UserId $o -Personal | Where-Object Name -eq 'Sales (KR)' | New-WorksEvent -Summary 'Visit' -Start '2024-09-02T10:00:00' -TimeZone Asia/Seoul",
            new { o = owner }).Single<WorksEvent>();
        Assert.Equal(created.CalendarId, e.CalendarId);
        Assert.Single(f.Server.Requests.ForRoute("POST /users/{userId}/calendars/{calendarId}/events"));
        // A reader may not write.
        var denied = f.Try("New-WorksEvent -UserId $r -CalendarId $c -Summary 'No' -Start '2024-09-03'", new { r = reader, c = created.CalendarId });
        Assert.Equal("FORBIDDEN", denied.Errors.Single().FullyQualifiedErrorId.Split(',')[0]);

        f.Run("Remove-WorksCalendar -CalendarId $c -Confirm:$false", new { c = created.CalendarId });
        var gone = f.Try("Get-WorksCalendar -CalendarId $c", new { c = created.CalendarId });
        Assert.Equal("CALENDAR_NOT_EXIST", gone.Errors.Single().FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void A_piped_calendar_supplies_only_its_id_so_a_list_never_overwrites_what_it_did_not_show()
    {
        var owner = f.NewUser("pipeowner");
        f.Run("New-WorksCalendar -Name 'Private plans' -Description 'Keep' -Member $o | Out-Null", new { o = owner });
        f.Server.Requests.Clear();

        // The personal list shows no description or visibility; piping it on must not send its blanks.
        f.Run("Get-WorksCalendar -UserId $o -Personal | Where-Object Name -eq 'Private plans' | Set-WorksCalendar -Name 'Plans'", new { o = owner });
        Assert.Equal("""{"calendarName":"Plans"}""", f.Bodies("PATCH /calendars/{calendarId}").Single().ToJsonString());
    }

    [Fact]
    public void Default_calendar_and_paged_personal_list()
    {
        var user = f.NewUser("paged");
        for (var i = 0; i < 3; i++)
            f.Run("New-WorksCalendar -Name $n -Member $u | Out-Null", new { n = $"Team {i}", u = user });
        f.Server.Requests.Clear();

        var own = f.Run("Get-WorksCalendar -UserId $u", new { u = user }).Single<WorksCalendar>();
        Assert.True(own.IsDefault);
        Assert.Equal(user, own.UserId);

        var all = f.Run("Get-WorksCalendar -UserId $u -Personal -PageSize 2", new { u = user }).Output;
        Assert.Equal(4, all.Count);
        Assert.Equal(2, f.Server.Requests.ForRoute("GET /users/{userId}/calendar-personals").Count);
        Assert.Equal(own.CalendarId, ((WorksCalendar)all[0].BaseObject).CalendarId);

        f.Server.Requests.Clear();
        var first = f.Run("Get-WorksCalendar -UserId $u -Personal -PageSize 2 -First 1", new { u = user }).Output;
        Assert.Single(first);
        Assert.Single(f.Server.Requests.ForRoute("GET /users/{userId}/calendar-personals"));
    }
}
