using System;
using System.Collections.Generic;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Completers;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Deletes calendar events.</para>
    /// <para type="description">Deletes an event (a whole series, with its exceptions) from a user's default calendar or from
    /// -CalendarId. Takes Get-WorksEvent output from the pipeline; an event met several times (a series and its exceptions)
    /// is deleted once. Attendees are not notified unless -SendNotification.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorksEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorksEventCommand : Common.WorksCmdlet
    {
        private readonly HashSet<string> _done = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The user whose calendar holds the event.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; } = "";

        /// <summary>The event to delete.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EventId { get; set; } = "";

        /// <summary>The calendar, when it is not the user's default one.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(CalendarIdCompleter))]
        public string? CalendarId { get; set; }

        /// <summary>Tell the attendees.</summary>
        [Parameter]
        public SwitchParameter SendNotification { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string? calendarId = string.IsNullOrEmpty(CalendarId) ? null : CalendarId;
            if (!_done.Add($"{UserId}\n{calendarId}\n{EventId}")) return;
            string target = $"event {EventId} in {(calendarId is null ? "the calendar" : "calendar " + calendarId)} of {UserId}";
            if (!ShouldProcess(target, "Remove event")) return;
            string userId = UserId, eventId = EventId;
            bool notify = SendNotification.IsPresent;
            var api = new EventsApi(CurrentSession.Transport);
            try
            {
                Run(c => api.DeleteAsync(userId, calendarId, eventId, notify, c));
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, EventId, target);
            }
        }
    }
}
