using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Emulator;

/// <summary>The emulator's calendar API over HTTP: required parameters, windows, validation, recurrence, conflicts.</summary>
public sealed class CalendarApiTests : EmulatorTest
{
    protected override string? SignInScope => "calendar";

    private string Events => $"/users/{Uri.EscapeDataString(Server.Tenant.SuperAdmin.Email)}/calendar/events";

    private static string Q(string from, string until) => $"?fromDateTime={Uri.EscapeDataString(from)}&untilDateTime={Uri.EscapeDataString(until)}";

    private static object Timed(string summary, string start, string end, params string[] recurrence) => new
    {
        eventComponents = new[] { new { summary, start = new { dateTime = start, timeZone = "Asia/Tokyo" }, end = new { dateTime = end, timeZone = "Asia/Tokyo" }, recurrence } },
        sendNotification = false,
    };

    [Fact]
    public async Task Listing_requires_both_bounds_an_encoded_plus_and_at_most_31_days()
    {
        await Client.ExpectErrorAsync(400, "MISSING_PARAMETER", Client.GetAsync(Events + "?fromDateTime=2024-06-01T00%3A00%3A00%2B09%3A00"), "untilDateTime");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.GetAsync(Events + "?fromDateTime=2024-06-01T00:00:00+09:00&untilDateTime=2024-06-02T00:00:00+09:00"), "%2B");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.GetAsync(Events + Q("2024-06-01T00:00:00+09:00", "2024-07-02T00:00:01+09:00")), "31 days");
        var ok = await Client.ExpectAsync(200, Client.GetAsync(Events + Q("2024-06-01T00:00:00+09:00", "2024-07-02T00:00:00+09:00")));
        Assert.Empty(ok!["events"]!.AsArray());
    }

    [Fact]
    public async Task The_fixture_series_is_listed_in_a_window_of_any_occurrence_but_not_in_one_of_only_excluded_dates()
    {
        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Shared, "api", "fixtures", "works", "events-list.json")))!;
        foreach (var e in fixture["events"]!.AsArray())
        {
            await Client.ExpectAsync(201, Client.PostAsync(Events, new JsonObject { ["eventComponents"] = e!["eventComponents"]!.DeepClone() }.ToJsonString()));
        }

        async Task<string[]> Summaries(string from, string until) =>
            (await Client.ExpectAsync(200, Client.GetAsync(Events + Q(from, until))))!["events"]!.AsArray()
                .Select(e => (string)e!["eventComponents"]![0]!["summary"]!).ToArray();

        Assert.Equal(new[] { "Weekly sales sync" }, await Summaries("2024-09-06T00:00:00+09:00", "2024-09-07T00:00:00+09:00"));
        Assert.Empty(await Summaries("2024-08-16T00:00:00+09:00", "2024-08-17T00:00:00+09:00")); // EXDATE
        Assert.Empty(await Summaries("2024-10-04T00:00:00+09:00", "2024-10-05T00:00:00+09:00")); // after UNTIL
        Assert.Equal(new[] { "Weekly sales sync" }, await Summaries("2024-06-14T12:30:00+09:00", "2024-06-14T13:30:00+09:00")); // moved exception
        Assert.Empty(await Summaries("2024-06-14T09:30:00+09:00", "2024-06-14T10:30:00+09:00")); // the occurrence it replaced
        Assert.Equal(new[] { "Company holiday" }, await Summaries("2024-06-10T12:00:00+09:00", "2024-06-10T13:00:00+09:00"));
    }

    // The series starts on Monday 1 January, which counts as its first occurrence (RFC 5545) though it matches no rule.
    [Theory]
    [InlineData("BYMONTHDAY=-1", "2024-02-29T10:00:00", true)]
    [InlineData("BYMONTHDAY=-1", "2024-02-28T10:00:00", false)]
    [InlineData("BYDAY=2TU", "2024-03-12T10:00:00", true)]
    [InlineData("BYDAY=-1FR;COUNT=3", "2024-02-23T10:00:00", true)]
    [InlineData("BYDAY=-1FR;COUNT=3", "2024-03-29T10:00:00", false)]
    public async Task Monthly_rules_are_expanded(string parts, string probe, bool listed)
    {
        await Client.ExpectAsync(201, Client.PostAsync(Events, Timed("Monthly", "2024-01-01T10:00:00", "2024-01-01T11:00:00", "RRULE:FREQ=MONTHLY;" + parts)));
        var from = DateTime.Parse(probe, System.Globalization.CultureInfo.InvariantCulture);
        var list = await Client.ExpectAsync(200, Client.GetAsync(Events + Q($"{from:yyyy-MM-dd'T'HH:mm:ss}+09:00", $"{from.AddMinutes(30):yyyy-MM-dd'T'HH:mm:ss}+09:00")));
        Assert.Equal(listed, list!["events"]!.AsArray().Count == 1);
    }

    [Fact]
    public async Task Writes_are_validated_field_by_field()
    {
        await Client.ExpectErrorAsync(400, "MISSING_PARAMETER", Client.PostAsync(Events, new { eventComponents = new[] { new { start = new { date = "2024-06-01" } } } }), "eventComponents[0].summary");
        await Client.ExpectErrorAsync(400, "MISSING_PARAMETER", Client.PostAsync(Events, new { eventComponents = new[] { new { summary = "x" } } }), "eventComponents[0].start");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync(Events, new { eventComponents = new[] { new { summary = "x", start = new { date = "2024-06-01" }, transparency = "BUSY" } } }), "eventComponents[0].transparency");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync(Events, new { eventComponents = new[] { new { summary = "x", start = new { date = "2024-06-01" }, visibility = "SECRET" } } }), "eventComponents[0].visibility");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync(Events, new { eventComponents = new[] { new { summary = "x", start = new { date = "2024-06-01" }, attendees = new[] { new { email = "a@example.com", partstat = "MAYBE" } } } } }), "eventComponents[0].attendees[0].partstat");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync(Events, new { eventComponents = new[] { new { summary = "x", start = new { date = "2024-06-01" }, reminders = new[] { new { method = "SMS", trigger = "-PT5M" } } } } }), "eventComponents[0].reminders[0].method");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync(Events, new { eventComponents = new[] { new { summary = "x", start = new { dateTime = "2024-06-01T10:00", timeZone = "Asia/Tokyo" } } } }), "eventComponents[0].start.dateTime");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync(Events, new { eventComponents = new[] { new { summary = "x", start = new { dateTime = "2024-06-01T10:00:00", timeZone = "Tokyo Standard Time" } } } }), "eventComponents[0].start.timeZone");
        await Client.ExpectErrorAsync(400, "INVALID_PARAMETER", Client.PostAsync(Events, Timed("x", "2024-06-01T10:00:00", "2024-06-01T11:00:00", "RRULE:FREQ=WEEKLY;BYDAY=XX")), "eventComponents[0].recurrence[0]");
    }

    [Fact]
    public async Task Client_event_ids_conflict_PUT_needs_the_id_and_DELETE_answers_204()
    {
        var body = new { eventComponents = new[] { new { eventId = "mine-1", summary = "x", start = new { date = "2024-06-01" } } } };
        var created = await Client.ExpectAsync(201, Client.PostAsync(Events, body));
        Assert.Equal("mine-1", (string?)created!["eventComponents"]![0]!["eventId"]);
        await Client.ExpectErrorAsync(409, "ALREADY_EXIST", Client.PostAsync(Events, body), "mine-1");
        var assigned = await Client.ExpectAsync(201, Client.PostAsync(Events, new { eventComponents = new[] { new { summary = "y", start = new { date = "2024-06-02" } } } }));
        Assert.StartsWith("event", (string?)assigned!["eventComponents"]![0]!["eventId"]);

        await Client.ExpectErrorAsync(400, "MISSING_PARAMETER", Client.PutAsync(Events + "/mine-1", new { eventComponents = new[] { new { summary = "z", start = new { date = "2024-06-01" } } } }), "eventId");
        await Client.ExpectAsync(200, Client.PutAsync(Events + "/mine-1", new { eventComponents = new[] { new { eventId = "mine-1", summary = "z", start = new { date = "2024-06-01" } } } }));
        await Client.ExpectAsync(204, Client.DeleteAsync(Events + "/mine-1?sendNotification=false"));
        await Client.ExpectErrorAsync(404, "EVENT_NOT_EXIST", Client.GetAsync(Events + "/mine-1"));
    }

    [Fact]
    public async Task A_directory_token_cannot_read_calendars()
    {
        await Client.SignInAsync(scope: "directory");
        await Client.ExpectErrorAsync(403, "FORBIDDEN", Client.GetAsync(Events + Q("2024-06-01T00:00:00+09:00", "2024-06-02T00:00:00+09:00")));
    }
}
