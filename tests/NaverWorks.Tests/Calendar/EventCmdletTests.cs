using System;
using System.Linq;
using System.Text.Json.Nodes;
using NaverWorks.Models;

namespace NaverWorks.Tests.Calendar;

/// <summary>New-/Get-/Set-/Remove-WorksEvent against the emulator: what goes on the wire, and what comes back.</summary>
public sealed class EventCmdletTests(CalendarModuleFixture f) : IClassFixture<CalendarModuleFixture>
{
    private const string Create = "POST /users/{userId}/calendar/events";

    [Fact]
    public void New_WorksEvent_sends_every_option_in_the_documented_wire_format()
    {
        var user = f.NewUser("options");
        f.Server.Requests.Clear();
        var e = f.Run("""
            New-WorksEvent -UserId $u -Summary 'Quarterly review' -Start '2024-06-12T14:00:00' -End '2024-06-12T15:30' -TimeZone 'Asia/Tokyo' `
                -Attendee 'Hana Sato <hana@example.com>', @{ Email = 'taro@example.com'; DisplayName = 'Taro'; Partstat = 'accepted'; IsOptional = $true }, @{ Email = 'room5a@example.com'; IsResource = 'yes' } `
                -Frequency Weekly -Interval 2 -ByDay MO,Wednesday -Until '20240930T000000Z' -ExceptionDate '2024-06-26' `
                -VideoMeetingUrl 'https://meet.example.invalid/abc' -VideoMeetingResourceId 'vm-1' `
                -Reminder 'PT15M', 'EMAIL:P1D', ([timespan]'01:30:00'), @{ Method = 'email'; Trigger = 'PT5M' } `
                -MapType 'NAVER' -Geo '35.681,139.767' -MapUrl 'https://map.example.invalid/x' -MapImageId 'img-1' `
                -EventId 'review-2024q2' -CategoryId 'cat-3' -Visibility Private -Sequence 2 -Transparency Transparent `
                -Location 'Room 5A' -Description 'Numbers first' -SendNotification
            """, new { u = user }).Output;

        var body = f.Bodies(Create).Single();
        Assert.True(body["sendNotification"]!.GetValue<bool>());
        var c = body["eventComponents"]!.AsArray().Single()!.AsObject();
        Assert.Equal("review-2024q2", (string?)c["eventId"]);
        Assert.Equal("Quarterly review", (string?)c["summary"]);
        Assert.Equal("""{"dateTime":"2024-06-12T14:00:00","timeZone":"Asia/Tokyo"}""", c["start"]!.ToJsonString());
        Assert.Equal("""{"dateTime":"2024-06-12T15:30:00","timeZone":"Asia/Tokyo"}""", c["end"]!.ToJsonString());
        Assert.Equal(
            """[{"email":"hana@example.com","displayName":"Hana Sato"},{"email":"taro@example.com","displayName":"Taro","partstat":"ACCEPTED","isOptional":true},{"email":"room5a@example.com","isResource":true}]""",
            c["attendees"]!.ToJsonString());
        Assert.Equal(
            """["RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20240930T000000Z","EXDATE;TZID=Asia/Tokyo:20240626T140000"]""",
            c["recurrence"]!.ToJsonString());
        Assert.Equal("""{"url":"https://meet.example.invalid/abc","resourceId":"vm-1"}""", c["videoMeeting"]!.ToJsonString());
        Assert.Equal(
            """[{"method":"DISPLAY","trigger":"-PT15M"},{"method":"EMAIL","trigger":"-P1D"},{"method":"DISPLAY","trigger":"-PT1H30M"},{"method":"EMAIL","trigger":"-PT5M"}]""",
            c["reminders"]!.ToJsonString());
        Assert.Equal("""{"type":"NAVER","geo":"35.681,139.767"}""", c["map"]!.ToJsonString());
        Assert.Equal("""{"mapUrl":"https://map.example.invalid/x","imageId":"img-1"}""", c["mapUrl"]!.ToJsonString());
        Assert.Equal("cat-3", (string?)c["categoryId"]);
        Assert.Equal("PRIVATE", (string?)c["visibility"]);
        Assert.Equal("TRANSPARENT", (string?)c["transparency"]);
        Assert.Equal(2, (int)c["sequence"]!);
        Assert.Equal("Room 5A", (string?)c["location"]);
        Assert.Equal("Numbers first", (string?)c["description"]);

        var result = (WorksEvent)e.Single().BaseObject;
        Assert.Contains("NaverWorks.Event", e.Single().TypeNames);
        Assert.Equal(new DateTimeOffset(2024, 6, 12, 14, 0, 0, TimeSpan.FromHours(9)), result.Start);
        Assert.Equal(user, result.UserId);
        Assert.True(result.IsRecurring);
        Assert.Equal(3, result.Attendees!.Length);
    }

    [Fact]
    public void A_date_only_start_makes_an_all_day_event_with_an_exclusive_end_and_a_windows_zone_becomes_IANA()
    {
        var user = f.NewUser("allday");
        f.Server.Requests.Clear();
        var allDay = f.Run("New-WorksEvent -UserId $u -Summary 'Holiday' -Start '2024-06-10'", new { u = user }).Single<WorksEvent>();
        f.Run("New-WorksEvent -UserId $u -Summary 'Offsite' -Start ([datetime]'2024-06-11') -End '2024-06-13' -AllDay", new { u = user });
        f.Run("New-WorksEvent -UserId $u -Summary 'Call' -Start ([datetime]'2024-06-10 09:00') -TimeZone 'Korea Standard Time'", new { u = user });
        f.Run("New-WorksEvent -UserId $u -Summary 'Standup' -Start ([datetimeoffset]'2024-06-10T01:00:00+00:00') -TimeZone 'Asia/Seoul'", new { u = user });

        var bodies = f.Bodies(Create).Select(b => b["eventComponents"]![0]!.AsObject()).ToList();
        Assert.Equal("""{"date":"2024-06-10"}""", bodies[0]["start"]!.ToJsonString());
        Assert.Equal("""{"date":"2024-06-11"}""", bodies[0]["end"]!.ToJsonString());
        Assert.Equal("""{"date":"2024-06-13"}""", bodies[1]["end"]!.ToJsonString());
        Assert.Equal("""{"dateTime":"2024-06-10T09:00:00","timeZone":"Asia/Seoul"}""", bodies[2]["start"]!.ToJsonString());
        Assert.Equal("""{"dateTime":"2024-06-10T10:00:00","timeZone":"Asia/Seoul"}""", bodies[3]["start"]!.ToJsonString());
        Assert.True(allDay.IsAllDay);
        Assert.Equal(new DateTime(2024, 6, 10), allDay.Start!.Value.Date);
    }

    [Fact]
    public void An_all_day_end_on_the_start_day_and_a_malformed_RRULE_are_argument_errors_and_nothing_is_sent()
    {
        var user = f.NewUser("invalid");
        f.Server.Requests.Clear();
        var sameDay = f.Try("New-WorksEvent -UserId $u -Summary 'x' -Start 2024-06-10 -End 2024-06-10", new { u = user });
        var badRule = f.Try("New-WorksEvent -UserId $u -Summary 'x' -Start '2024-06-10T10:00:00' -Recurrence 'RRULE:FREQ=WEEKLY;BYDAY=XX'", new { u = user });
        var badReminder = f.Try("New-WorksEvent -UserId $u -Summary 'x' -Start '2024-06-10T10:00:00' -Reminder 'SMS:PT5M'", new { u = user });

        Assert.Contains("exclusive", sameDay.Errors.Single().ToString());
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, sameDay.Errors.Single().CategoryInfo.Category);
        Assert.Contains("BYDAY", badRule.Errors.Single().ToString());
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, badRule.Errors.Single().CategoryInfo.Category);
        Assert.Contains("DISPLAY or EMAIL", badReminder.Errors.Single().ToString());
        Assert.Empty(f.Server.Requests.ForRoute(Create));
    }

    [Fact]
    public void The_plan_add_example_a_weekly_meeting_with_attendees_a_reminder_and_a_video_link()
    {
        // The original tool's example: plan add "Weekly sync" every Monday 10:00-10:30 Seoul time, with two
        // attendees, a reminder 10 minutes before and the video meeting link. As an administrator writes it:
        var user = f.NewUser("planadd");
        f.Server.Requests.Clear();
        var created = f.Run("""
            $meeting = @{
                UserId          = $u
                Summary         = 'Weekly sync'
                Start           = '2024-03-04T10:00:00'
                End             = '2024-03-04T10:30:00'
                TimeZone        = 'Asia/Seoul'
                Frequency       = 'Weekly'
                ByDay           = 'MO'
                Attendee        = 'minji.park@example.com', 'Jun Lee <jun.lee@example.com>'
                Reminder        = 'PT10M'
                VideoMeetingUrl = 'https://meet.example.invalid/weekly-sync'
            }
            New-WorksEvent @meeting
            """, new { u = user }).Single<WorksEvent>();

        var c = f.Bodies(Create).Single()["eventComponents"]![0]!.AsObject();
        Assert.Equal("""["RRULE:FREQ=WEEKLY;BYDAY=MO"]""", c["recurrence"]!.ToJsonString());
        Assert.Equal("""[{"method":"DISPLAY","trigger":"-PT10M"}]""", c["reminders"]!.ToJsonString());
        Assert.Equal("https://meet.example.invalid/weekly-sync", (string?)c["videoMeeting"]!["url"]);
        Assert.Equal(2, c["attendees"]!.AsArray().Count);

        // The series shows up in a month far from its start, once.
        var march = f.Run("Get-WorksEvent -UserId $u -Month 2024-05 -TimeZone Asia/Seoul", new { u = user }).Output;
        Assert.Equal(created.EventId, ((WorksEvent)march.Single().BaseObject).EventId);
    }

    [Fact]
    public void A_70_day_window_is_fetched_in_3_slices_and_a_recurring_event_appears_once()
    {
        var user = f.NewUser("slices");
        f.Run("""
            New-WorksEvent -UserId $u -Summary 'Daily standup' -Start '2024-01-01T09:00:00' -End '2024-01-01T09:15:00' -TimeZone Asia/Seoul -Frequency Daily | Out-Null
            New-WorksEvent -UserId $u -Summary 'Crossing the cut' -Start '2024-01-31T23:00:00' -End '2024-02-02T01:00:00' -TimeZone Asia/Seoul | Out-Null
            New-WorksEvent -UserId $u -Summary 'Late' -Start '2024-03-05' | Out-Null
            """, new { u = user });
        f.Server.Requests.Clear();

        var events = f.Run("Get-WorksEvent -UserId $u -From '2024-01-01T00:00:00+09:00' -To '2024-03-11T00:00:00+09:00'", new { u = user })
            .Output.Select(o => (WorksEvent)o.BaseObject).ToList();

        var lists = f.Server.Requests.ForRoute("GET /users/{userId}/calendar/events");
        Assert.Equal(3, lists.Count);
        Assert.All(lists, l => Assert.Contains("%2B09%3A00", l.Query));
        Assert.Contains("fromDateTime=2024-02-01T00%3A00%3A00%2B09%3A00", lists[1].Query);
        Assert.Equal(new[] { "Daily standup", "Crossing the cut", "Late" }, events.Select(e => e.Summary));
    }

    [Fact]
    public void Set_WorksEvent_merges_so_attendees_reminders_and_recurrence_survive()
    {
        var user = f.NewUser("merge");
        var original = f.Run("""
            New-WorksEvent -UserId $u -Summary 'Design review' -Start '2024-04-01T15:00:00' -End '2024-04-01T16:00:00' -TimeZone Asia/Seoul `
                -Attendee 'a@example.com', @{ Email = 'b@example.com'; Partstat = 'Tentative' } -Reminder 'EMAIL:PT30M' -Frequency Weekly
            """, new { u = user }).Single<WorksEvent>();
        f.Server.Requests.Clear();

        var updated = f.Run("Set-WorksEvent -UserId $u -EventId $id -Location 'Room 2' -Start '2024-04-01T16:00:00'",
            new { u = user, id = original.EventId }).Single<WorksEvent>();

        var put = f.Bodies("PUT /users/{userId}/calendar/events/{eventId}").Single()["eventComponents"]![0]!.AsObject();
        Assert.Equal("Room 2", (string?)put["location"]);
        Assert.Equal("""{"dateTime":"2024-04-01T17:00:00","timeZone":"Asia/Seoul"}""", put["end"]!.ToJsonString());
        Assert.Equal(2, put["attendees"]!.AsArray().Count);
        Assert.Equal("TENTATIVE", (string?)put["attendees"]![1]!["partstat"]);
        Assert.Equal("""[{"method":"EMAIL","trigger":"-PT30M"}]""", put["reminders"]!.ToJsonString());
        Assert.Equal("""["RRULE:FREQ=WEEKLY"]""", put["recurrence"]!.ToJsonString());
        Assert.Null(put["createdTime"]);
        Assert.Equal("Design review", updated.Summary);
        Assert.Equal(2, updated.Attendees!.Length);
    }

    [Fact]
    public void Get_piped_through_Where_into_Remove_honours_WhatIf_and_deletes_each_event_once()
    {
        var user = f.NewUser("remove");
        f.Run("""
            New-WorksEvent -UserId $u -Summary 'Keep' -Start '2024-05-02T10:00:00' -TimeZone Asia/Seoul | Out-Null
            New-WorksEvent -UserId $u -Summary 'Drop' -Start '2024-05-03T10:00:00' -TimeZone Asia/Seoul | Out-Null
            """, new { u = user });
        f.Server.Requests.Clear();
        const string delete = "DELETE /users/{userId}/calendar/events/{eventId}";

        f.Run("Get-WorksEvent -UserId $u -Month 2024-05 -TimeZone Asia/Seoul | Where-Object Summary -eq 'Drop' | Remove-WorksEvent -WhatIf", new { u = user });
        Assert.Empty(f.Server.Requests.ForRoute(delete));

        f.Run("Get-WorksEvent -UserId $u -Month 2024-05 -TimeZone Asia/Seoul | Where-Object Summary -eq 'Drop' | Remove-WorksEvent -Confirm:$false", new { u = user });
        var deleted = f.Server.Requests.ForRoute(delete).Single();
        Assert.Equal("?sendNotification=false", deleted.Query);
        var left = f.Run("Get-WorksEvent -UserId $u -Month 2024-05 -TimeZone Asia/Seoul", new { u = user }).Output;
        Assert.Equal("Keep", ((WorksEvent)left.Single().BaseObject).Summary);
    }
}
