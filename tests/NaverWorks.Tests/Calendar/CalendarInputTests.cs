using System;
using NaverWorks.Calendar;
using NaverWorks.Models;

namespace NaverWorks.Tests.Calendar;

/// <summary>The module's calendar input rules, without a server.</summary>
public sealed class CalendarInputTests
{
    [Theory]
    [InlineData("PT15M", "DISPLAY", "-PT15M")]
    [InlineData("email:pt15m", "EMAIL", "-PT15M")]
    [InlineData("DISPLAY:-P1D", "DISPLAY", "-P1D")]
    [InlineData("P1W", "DISPLAY", "-P1W")]
    public void Reminders_get_an_upper_case_method_and_a_negative_trigger(string text, string method, string trigger)
    {
        EventReminder r = ReminderParser.Parse(text);
        Assert.Equal(method, r.Method);
        Assert.Equal(trigger, r.Trigger);
    }

    [Theory]
    [InlineData("15")]
    [InlineData("+PT5M")]
    [InlineData("PT")]
    [InlineData("SMS:PT5M")]
    public void Malformed_reminders_are_refused(string text) => Assert.Throws<FormatException>(() => ReminderParser.Parse(text));

    [Fact]
    public void Windows_and_IANA_zone_names_become_IANA() 
    {
        Assert.Equal("Asia/Seoul", TimeZones.ToIana("Korea Standard Time"));
        Assert.Equal("Asia/Tokyo", TimeZones.ToIana("asia/tokyo"));
        Assert.Throws<ArgumentException>(() => TimeZones.ToIana("Mars/Olympus"));
    }

    [Fact]
    public void A_70_day_window_is_3_slices_of_at_most_31_days()
    {
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(9));
        var slices = new EventWindow(from, from.AddDays(70)).Slices();
        Assert.Collection(slices,
            s => Assert.Equal(TimeSpan.FromDays(31), s.Until - s.From),
            s => Assert.Equal(TimeSpan.FromDays(31), s.Until - s.From),
            s => Assert.Equal(TimeSpan.FromDays(8), s.Until - s.From));
    }

    [Theory]
    [InlineData("RRULE:FREQ=WEEKLY;COUNT=3;UNTIL=20240101")]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=1MO")]
    [InlineData("RRULE:FREQ=MONTHLY;BYMONTHDAY=0")]
    [InlineData("RRULE:INTERVAL=2")]
    [InlineData("RRULE:FREQ=WEEKLY;FOO=1")]
    [InlineData("EXDATE;TZID=Asia/Tokyo:20240230T100000")]
    public void Malformed_recurrence_lines_are_refused(string line) =>
        Assert.Throws<FormatException>(() => RecurrenceLines.Validate(line.StartsWith("EXDATE") ? new[] { "RRULE:FREQ=DAILY", line } : new[] { line }));

    [Fact]
    public void Set_edits_an_existing_rule_part_by_part_and_keeps_the_length_when_moving()
    {
        var component = new EventFields
        {
            Summary = "s", Start = EventTimeValue.Parse("2024-03-04T10:00:00"), End = EventTimeValue.Parse("2024-03-04T10:30:00"),
            TimeZone = "Asia/Seoul", Frequency = RecurrenceFrequency.Weekly, ByDay = new[] { "MO" }, Count = 10,
        }.ApplyTo(new EventComponent());

        new EventFields { Until = EventTimeValue.Parse("2024-06-30"), Start = EventTimeValue.Parse("2024-03-05T11:00:00") }.ApplyTo(component);

        Assert.Equal("RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20240630T145959Z", Assert.Single(component.Recurrence!));
        Assert.Equal("2024-03-05T11:30:00", component.End!.DateTime);
        Assert.Equal("Asia/Seoul", component.End.TimeZone);
    }
}
