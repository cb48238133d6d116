using System;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Completers;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Changes a shared calendar.</para>
    /// <para type="description">Changes only the properties given (PATCH). -Member replaces the whole member list.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorksCalendar", SupportsShouldProcess = true)]
    [OutputType(typeof(WorksCalendar))]
    public sealed class SetWorksCalendarCommand : CalendarWriteCommand
    {
        /// <summary>The shared calendar.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CalendarIdCompleter))]
        public string CalendarId { get; set; } = "";

        /// <summary>New name (up to 50 characters).</summary>
        [Parameter]
        [Alias("CalendarName")]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"calendar {CalendarId}", "Update calendar")) return;
            var api = new CalendarsApi(CurrentSession.Transport);
            string calendarId = CalendarId;
            try
            {
                CalendarProperties body = ReadBody(Name);
                CalendarProperties answer = Run(c => api.PatchAsync(calendarId, body, c));
                answer.CalendarId ??= calendarId;
                WriteCalendar(answer, body);
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, CalendarId, $"calendar {CalendarId}");
            }
        }
    }
}
