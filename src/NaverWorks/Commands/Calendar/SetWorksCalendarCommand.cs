using System;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Completers;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Changes a shared calendar.</para>
    /// <para type="description">Changes only the properties given on the command line (PATCH); a piped calendar
    /// supplies only its CalendarId, so piping a list never re-sends what the list happened to show. -Member
    /// replaces the whole member list.</para>
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

        private System.Collections.Generic.HashSet<string> _commandLine = new System.Collections.Generic.HashSet<string>();

        /// <inheritdoc />
        protected override void BeginProcessing() =>
            _commandLine = new System.Collections.Generic.HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);

        /// <inheritdoc />
        protected override bool IsGiven(string parameter) => _commandLine.Contains(parameter);

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
