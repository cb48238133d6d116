using System;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Creates a shared calendar.</para>
    /// <para type="description">Creates a calendar that its members share, each with a role: manage the calendar and its events,
    /// read and write events, read events, or see only free/busy times. Binds by property name, so a CSV of calendars can be
    /// piped in.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorksCalendar", SupportsShouldProcess = true)]
    [OutputType(typeof(WorksCalendar))]
    public sealed class NewWorksCalendarCommand : CalendarWriteCommand
    {
        /// <summary>The calendar's name (up to 50 characters).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CalendarName")]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"shared calendar '{Name}'", "Create calendar")) return;
            var api = new CalendarsApi(CurrentSession.Transport);
            try
            {
                CalendarProperties body = ReadBody(Name);
                WriteCalendar(Run(c => api.CreateAsync(body, c)), body);
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, Name, $"calendar '{Name}'");
            }
        }
    }
}
