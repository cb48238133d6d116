using System;
using System.Globalization;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Calendar;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Models;
using NaverWorks.Paging;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Gets calendar events of a user: a window of time, a month, or one event.</para>
    /// <para type="description">Lists the events of a user's default calendar (or -CalendarId) between -From and -To, or in
    /// -Month. The API answers at most 31 days per request: longer windows are split into slices, fetched in turn and merged,
    /// so a recurring series or an event crossing a cut appears once. Each event component is one NaverWorks.Event: a series
    /// and each of its exceptions. -EventId reads one event. Output pipes into Set-WorksEvent and Remove-WorksEvent.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorksEvent", DefaultParameterSetName = RangeSet, SupportsPaging = true)]
    [OutputType(typeof(WorksEvent))]
    public sealed class GetWorksEventCommand : WorksCmdlet
    {
        private const string RangeSet = "Range";
        private const string MonthSet = "Month";
        private const string ByIdSet = "ById";

        /// <summary>The user whose calendar to read (id, email or <c>externalKey:…</c>).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; } = "";

        /// <summary>A calendar the user can see; the user's default calendar when left out.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(CalendarIdCompleter))]
        public string? CalendarId { get; set; }

        /// <summary>One event.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? EventId { get; set; }

        /// <summary>Start of the window: a [datetime], a [datetimeoffset] or a string; a date means its midnight.</summary>
        [Parameter(Mandatory = true, ParameterSetName = RangeSet, Position = 0)]
        [EventTimeTransformation]
        public EventTimeValue? From { get; set; }

        /// <summary>End of the window (exclusive); a date means the end of that day, so -From 2024-03-01 -To 2024-03-31 is March.</summary>
        [Parameter(Mandatory = true, ParameterSetName = RangeSet, Position = 1)]
        [EventTimeTransformation]
        public EventTimeValue? To { get; set; }

        /// <summary>A month, <c>YYYY-MM</c> (e.g. 2024-03).</summary>
        [Parameter(Mandatory = true, ParameterSetName = MonthSet)]
        [ValidatePattern(@"^\d{4}-(0[1-9]|1[0-2])$")]
        public string? Month { get; set; }

        /// <summary>The zone in which dates and times without an offset are read; this computer's by default.</summary>
        [Parameter(ParameterSetName = RangeSet)]
        [Parameter(ParameterSetName = MonthSet)]
        [TimeZoneTransformation]
        [ArgumentCompleter(typeof(TimeZoneCompleter))]
        public string? TimeZone { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string? calendarId = string.IsNullOrEmpty(CalendarId) ? null : CalendarId;
            var api = new EventsApi(CurrentSession.Transport);
            try
            {
                if (ParameterSetName == ByIdSet)
                {
                    string userId = UserId, eventId = EventId!;
                    EventEnvelope envelope = Run(c => api.GetAsync(userId, calendarId, eventId, c));
                    foreach (var component in envelope.EventComponents ?? new System.Collections.Generic.List<EventComponent>())
                        WriteObject(TypedOutput.Tag(WorksEvent.From(component, envelope, userId, calendarId), WorksEvent.TypeName));
                    return;
                }
                var listing = new EventListing(api, UserId, calendarId, Window());
                var output = new PagedOutput(this, $"Events of {UserId}");
                output.Write(Pager.StreamAsync<PSObject>(listing.FetchAsync, output.Options(1, null), Context));
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, UserId, $"events of {UserId}");
            }
        }

        private EventWindow Window()
        {
            string zone = TimeZone ?? TimeZones.LocalIana();
            if (ParameterSetName == MonthSet)
            {
                DateTime month = DateTime.ParseExact(Month!, "yyyy-MM", CultureInfo.InvariantCulture);
                return EventWindow.Month(month.Year, month.Month, zone);
            }
            From!.Require("From");
            To!.Require("To");
            DateTimeOffset until = To!.IsDateOnly ? TimeZones.ToInstant(To.Day.AddDays(1), zone) : To.InstantIn(zone);
            return new EventWindow(From!.InstantIn(zone), until);
        }
    }
}
