using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Bulk;
using NaverWorks.Calendar;
using NaverWorks.Commands.Common;
using NaverWorks.Http;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Creates calendar events: one, or many from a CSV file.</para>
    /// <para type="description">Creates an event in a user's default calendar, or in -CalendarId. A date-only -Start (or -AllDay)
    /// makes an all-day event whose -End is exclusive; timed events take -TimeZone as an IANA or Windows name. Recurrence is
    /// given raw (-Recurrence 'RRULE:…') or with -Frequency, -Interval, -Count, -Until, -ByDay, -ByMonthDay, -ByMonth, and
    /// -ExceptionDate; it is validated before anything is sent. Every parameter binds by property name, so
    /// Import-Csv events.csv | New-WorksEvent creates one event per row, several at a time (-ThrottleLimit), each exactly once:
    /// the module chooses the event id (unless -EventId is given) and, after a failure whose outcome is unknown, looks the
    /// event up before posting again. Errors name the row and the field. Attendees are not notified unless -SendNotification.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorksEvent", SupportsShouldProcess = true)]
    [OutputType(typeof(WorksEvent))]
    public sealed class NewWorksEventCommand : EventFieldsCommand
    {
        private BulkPipeline<EventCreate, EventEnvelope>? _bulk;
        private EventsApi? _api;

        /// <summary>Title (up to 200 characters).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Title")]
        [ValidateNotNullOrEmpty]
        public string Summary { get; set; } = "";

        /// <summary>Start: a [datetime], a [datetimeoffset], 'YYYY-MM-DD' (all-day) or 'YYYY-MM-DDTHH:mm:ss' (in -TimeZone).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [EventTimeTransformation]
        public EventTimeValue? Start { get; set; }

        /// <summary>
        /// The event's id, chosen by you (e.g. a key from your own system, so a re-run finds the events it made).
        /// The module picks one when it is left out.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? EventId { get; set; }

        /// <summary>Events created at once (default 4).</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = 4;

        /// <summary>
        /// How many rows to expect (e.g. <c>$rows.Count</c>), so the progress bar shows percent and time left; piped
        /// rows arrive one by one and cannot be counted ahead. Only a hint: nothing else depends on it.
        /// </summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int ExpectedCount { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            EventFields fields = ReadFields(Summary, Start);
            fields.EventId = string.IsNullOrEmpty(EventId) ? null : EventId;
            var create = new EventCreate(UserId, CalendarId, fields, SendNotification.IsPresent);
            string where = string.IsNullOrEmpty(CalendarId) ? $"the calendar of {UserId}" : $"calendar {CalendarId} of {UserId}";
            if (!ShouldProcess($"'{Summary}' at {Start} in {where}", "Create event")) return;
            _api ??= new EventsApi(CurrentSession.Transport); // resolved here: rows run on worker threads
            _bulk ??= new BulkPipeline<EventCreate, EventEnvelope>(this, Context, ThrottleLimit, CreateAsync, Report, "Creating events");
            _bulk.Add(create);
        }

        /// <inheritdoc />
        protected override void EndProcessing() => _bulk?.Complete();

        private async Task<EventEnvelope> CreateAsync(EventCreate create, RequestContext context)
        {
            EventComponent component = create.Fields.ApplyTo(new EventComponent());
            // A client-chosen id is what makes the create safe to repeat: the event can be looked up by it.
            component.EventId ??= "event-" + Guid.NewGuid().ToString("D");
            var body = new EventWriteRequest { SendNotification = create.SendNotification };
            body.EventComponents.Add(component);
            EventsApi api = _api!;
            CreateResult<EventEnvelope> result = await ExactlyOnce.CreateAsync(
                () => api.CreateAsync(create.UserId, create.CalendarId, body, context),
                () => api.FindAsync(create.UserId, create.CalendarId, component.EventId, context),
                found => found.EventComponents?.Any(c => c.Summary == component.Summary) == true,
                context).ConfigureAwait(false);
            if (result.Reconciled) context.Log.Verbose($"Event {component.EventId} was found after an attempt whose outcome was unknown; it was not created twice.");
            return result.Value;
        }

        private void Report(BulkOutcome<EventCreate, EventEnvelope> outcome)
        {
            EventCreate create = outcome.Item;
            if (outcome.Succeeded)
            {
                WriteEvent(outcome.Result!, create.UserId, create.CalendarId);
                return;
            }
            string subject = RowSubject.Format(MyInvocation, outcome.Row, $"'{create.Fields.Summary}'");
            WriteError(outcome.Error!, create.Fields.Summary, subject);
        }

        /// <summary>One event to create, as read from the parameters of one input.</summary>
        private sealed class EventCreate
        {
            public EventCreate(string userId, string? calendarId, EventFields fields, bool sendNotification)
            {
                UserId = userId;
                CalendarId = string.IsNullOrEmpty(calendarId) ? null : calendarId;
                Fields = fields;
                SendNotification = sendNotification;
            }

            public string UserId { get; }
            public string? CalendarId { get; }
            public EventFields Fields { get; }
            public bool SendNotification { get; }
        }
    }
}
