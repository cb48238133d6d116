using System.Management.Automation;
using NaverWorks.Calendar;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// The event fields New-WorksEvent and Set-WorksEvent share: declared once, each binding by property name so
    /// CSV columns of the same names fill them, and read into one <see cref="EventFields"/>.
    /// </summary>
    public abstract class EventFieldsCommand : WorksCmdlet
    {
        /// <summary>The user whose calendar holds the event (id, email or <c>externalKey:…</c>).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; } = "";

        /// <summary>A calendar the user can see; the user's default calendar when left out.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(CalendarIdCompleter))]
        public string? CalendarId { get; set; }

        /// <summary>Description (up to 5000 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        /// <summary>Location (up to 100 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Location { get; set; }

        /// <summary>
        /// End: exclusive. For an all-day event the day after the last one (a one-day event on 2024-06-10 ends on
        /// 2024-06-11; leave it out for a single day).
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EventTimeTransformation]
        public EventTimeValue? End { get; set; }

        /// <summary>An all-day event (also implied by a date-only -Start).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter AllDay { get; set; }

        /// <summary>Time zone of a timed event: IANA (Asia/Seoul) or Windows (Korea Standard Time); this computer's by default.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TimeZoneTransformation]
        [ArgumentCompleter(typeof(TimeZoneCompleter))]
        public string? TimeZone { get; set; }

        /// <summary>Attendees: emails, <c>'Name &lt;email&gt;'</c>, or hashtables with Email, DisplayName, Partstat, IsOptional, IsResource.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AttendeeTransformation]
        public EventAttendee[]? Attendee { get; set; }

        /// <summary>Raw RFC 5545 lines, e.g. <c>'RRULE:FREQ=WEEKLY;BYDAY=MO'</c>, <c>'EXDATE;TZID=Asia/Seoul:20240311T100000'</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string[]? Recurrence { get; set; }

        /// <summary>Repeat daily, weekly, monthly or yearly.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [NullIfBlank]
        public RecurrenceFrequency? Frequency { get; set; }

        /// <summary>Repeat every N days/weeks/months/years.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [NullIfBlank]
        public int? Interval { get; set; }

        /// <summary>Stop after N occurrences.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [NullIfBlank]
        public int? Count { get; set; }

        /// <summary>Last day (or time) of the series; also <c>YYYYMMDDTHHmmssZ</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EventTimeTransformation]
        public EventTimeValue? Until { get; set; }

        /// <summary>Weekdays: MO, TU, … (or Monday…); with an ordinal for monthly/yearly series (1MO, -1FR).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string[]? ByDay { get; set; }

        /// <summary>Days of the month (1 to 31, -1 for the last).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [NullIfBlank]
        public int[]? ByMonthDay { get; set; }

        /// <summary>Months (1 to 12).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [NullIfBlank]
        public int[]? ByMonth { get; set; }

        /// <summary>Occurrences to skip: dates (the series' start time is used) or times; also <c>YYYYMMDDTHHmmssZ</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EventTimeTransformation(List = true)]
        public EventTimeValue[]? ExceptionDate { get; set; }

        /// <summary>The video meeting's URL.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? VideoMeetingUrl { get; set; }

        /// <summary>The video meeting's resource id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? VideoMeetingResourceId { get; set; }

        /// <summary>Reminders: <c>'PT15M'</c>, <c>'EMAIL:PT15M'</c>, a TimeSpan, or <c>@{Method='EMAIL'; Trigger='PT1H'}</c>; all before the start.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ReminderTransformation]
        public EventReminder[]? Reminder { get; set; }

        /// <summary>The map's type (<c>map.type</c>).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? MapType { get; set; }

        /// <summary>The location's coordinates (<c>map.geo</c>).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Geo { get; set; }

        /// <summary>A link to the location on a map (<c>mapUrl.mapUrl</c>).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? MapUrl { get; set; }

        /// <summary>The map preview image's id (<c>mapUrl.imageId</c>).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? MapImageId { get; set; }

        /// <summary>Category id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? CategoryId { get; set; }

        /// <summary>Public (default) or Private.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [NullIfBlank]
        public EventVisibility? Visibility { get; set; }

        /// <summary>iCalendar sequence number (0 or more).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [NullIfBlank]
        public int? Sequence { get; set; }

        /// <summary>Opaque (busy, default) or Transparent (free).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [NullIfBlank]
        public EventTransparency? Transparency { get; set; }

        /// <summary>Tell the attendees. Off by default, so a bulk run never mails people by accident.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter SendNotification { get; set; }

        /// <summary>Whether a parameter counts as given for this input.</summary>
        protected virtual bool IsGiven(string name) => MyInvocation.BoundParameters.ContainsKey(name);

        /// <summary>The fields given for this input, plus the cmdlet's own Summary and Start.</summary>
        protected EventFields ReadFields(string? summary, EventTimeValue? start)
        {
            T? Given<T>(string name, T? value) where T : class => IsGiven(name) ? value : null;
            T? GivenValue<T>(string name, T? value) where T : struct => IsGiven(name) ? value : null;
            return new EventFields
            {
                Summary = Given("Summary", summary),
                Start = Given("Start", start),
                Description = Given(nameof(Description), Description),
                Location = Given(nameof(Location), Location),
                End = Given(nameof(End), End),
                AllDay = IsGiven(nameof(AllDay)) ? AllDay.IsPresent : (bool?)null,
                TimeZone = Given(nameof(TimeZone), TimeZone),
                Attendees = Given(nameof(Attendee), Attendee),
                Recurrence = Given(nameof(Recurrence), Recurrence),
                Frequency = GivenValue(nameof(Frequency), Frequency),
                Interval = GivenValue(nameof(Interval), Interval),
                Count = GivenValue(nameof(Count), Count),
                Until = Given(nameof(Until), Until),
                ByDay = Given(nameof(ByDay), ByDay),
                ByMonthDay = Given(nameof(ByMonthDay), ByMonthDay),
                ByMonth = Given(nameof(ByMonth), ByMonth),
                ExceptionDates = Given(nameof(ExceptionDate), ExceptionDate),
                VideoMeetingUrl = Given(nameof(VideoMeetingUrl), VideoMeetingUrl),
                VideoMeetingResourceId = Given(nameof(VideoMeetingResourceId), VideoMeetingResourceId),
                Reminders = Given(nameof(Reminder), Reminder),
                MapType = Given(nameof(MapType), MapType),
                Geo = Given(nameof(Geo), Geo),
                MapUrl = Given(nameof(MapUrl), MapUrl),
                MapImageId = Given(nameof(MapImageId), MapImageId),
                CategoryId = Given(nameof(CategoryId), CategoryId),
                Visibility = GivenValue(nameof(Visibility), Visibility),
                Sequence = GivenValue(nameof(Sequence), Sequence),
                Transparency = GivenValue(nameof(Transparency), Transparency),
            };
        }

        /// <summary>Writes the components of an event the service returned, as <c>NaverWorks.Event</c> objects.</summary>
        protected void WriteEvent(EventEnvelope envelope, string userId, string? calendarId)
        {
            foreach (EventComponent c in envelope.EventComponents ?? new System.Collections.Generic.List<EventComponent>())
                WriteObject(TypedOutput.Tag(WorksEvent.From(c, envelope, userId, calendarId), WorksEvent.TypeName));
        }
    }
}
