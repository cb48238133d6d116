using System;
using System.Collections.Generic;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Calendar;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Changes a calendar event, keeping everything that is not changed.</para>
    /// <para type="description">The API replaces an event as a whole (PUT), so Set-WorksEvent reads the event, applies only the
    /// parameters you give, and sends it back: attendees, reminders, recurrence, exceptions and fields the module does not know
    /// survive. Moving -Start keeps the event's length unless -End is given. -Frequency, -Until, -ByDay… edit the existing
    /// RRULE part by part. Piped objects (Get-WorksEvent output) supply UserId, EventId, CalendarId and RecurringEventId
    /// (an exception to a series is changed on its own); the new values come from the parameters on the command line.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorksEvent", SupportsShouldProcess = true)]
    [OutputType(typeof(WorksEvent))]
    public sealed class SetWorksEventCommand : EventFieldsCommand
    {
        private static readonly HashSet<string> Identity = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            nameof(UserId), nameof(EventId), nameof(CalendarId), nameof(RecurringEventId),
        };

        private HashSet<string> _commandLine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The event to change.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EventId { get; set; } = "";

        /// <summary>Change only this exception of a recurring series (the occurrence's RECURRENCE-ID).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? RecurringEventId { get; set; }

        /// <summary>New title.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Title")]
        public string? Summary { get; set; }

        /// <summary>New start; the end moves with it unless -End is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EventTimeTransformation]
        public EventTimeValue? Start { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            // Only parameters bound before the pipeline starts are the caller's new values.
            _commandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        }

        /// <inheritdoc />
        protected override bool IsGiven(string name) => _commandLine.Contains(name) && !Identity.Contains(name);

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string target = $"event {EventId}{(string.IsNullOrEmpty(RecurringEventId) ? "" : $" (occurrence {RecurringEventId})")} of {UserId}";
            if (!ShouldProcess(target, "Update event")) return;
            EventFields fields = ReadFields(Summary, Start);
            string userId = UserId, eventId = EventId, recurring = RecurringEventId ?? "";
            string? calendarId = string.IsNullOrEmpty(CalendarId) ? null : CalendarId;
            bool notify = SendNotification.IsPresent;
            var api = new EventsApi(CurrentSession.Transport);
            try
            {
                EventEnvelope updated = Run(async c =>
                {
                    EventEnvelope current = await api.GetAsync(userId, calendarId, eventId, c).ConfigureAwait(false);
                    List<EventComponent> components = current.EventComponents ?? new List<EventComponent>();
                    if (components.Count == 0) throw new InvalidOperationException($"Event {eventId} came back without components.");
                    fields.ApplyTo(EventFields.Target(components, recurring));
                    foreach (EventComponent component in components)
                    {
                        component.ClearReadOnly();
                        component.EventId = eventId; // the API wants it on every component of a PUT
                    }
                    var body = new EventWriteRequest { EventComponents = components, SendNotification = notify };
                    EventEnvelope answer = await api.ReplaceAsync(userId, calendarId, eventId, body, c).ConfigureAwait(false);
                    answer.OrganizerCalendarId ??= current.OrganizerCalendarId;
                    return answer;
                });
                WriteEvent(updated, userId, calendarId);
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, EventId, target);
            }
        }
    }
}
