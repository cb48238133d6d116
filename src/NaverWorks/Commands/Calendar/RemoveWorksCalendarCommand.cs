using System;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Deletes a shared calendar.</para>
    /// <para type="description">Deletes a shared calendar and its events for every member.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorksCalendar", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorksCalendarCommand : WorksCmdlet
    {
        /// <summary>The shared calendar.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CalendarIdCompleter))]
        public string CalendarId { get; set; } = "";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"calendar {CalendarId}", "Remove calendar")) return;
            var api = new CalendarsApi(CurrentSession.Transport);
            string calendarId = CalendarId;
            try
            {
                Run(c => api.DeleteAsync(calendarId, c));
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, CalendarId, $"calendar {CalendarId}");
            }
        }
    }
}
