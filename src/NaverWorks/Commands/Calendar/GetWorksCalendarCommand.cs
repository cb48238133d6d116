using System;
using System.Linq;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Models;
using NaverWorks.Paging;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// <para type="synopsis">Gets calendars: a user's default calendar, every calendar a user can see, or a shared calendar.</para>
    /// <para type="description">-UserId alone reads the user's default calendar with its members. -UserId -Personal lists every
    /// calendar the user can see (streamed page by page; -First stops early). -CalendarId reads one shared calendar.
    /// Output pipes into Get-WorksEvent.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorksCalendar", DefaultParameterSetName = DefaultSet, SupportsPaging = true)]
    [OutputType(typeof(WorksCalendar))]
    public sealed class GetWorksCalendarCommand : WorksCmdlet
    {
        private const string DefaultSet = "Default";
        private const string PersonalSet = "Personal";
        private const string SharedSet = "Shared";

        /// <summary>The user (id, email or <c>externalKey:…</c>).</summary>
        [Parameter(Mandatory = true, ParameterSetName = DefaultSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(Mandatory = true, ParameterSetName = PersonalSet, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; } = "";

        /// <summary>List every calendar the user can see instead of the default one.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PersonalSet)]
        public SwitchParameter Personal { get; set; }

        /// <summary>Calendars per request when listing (1 to 50).</summary>
        [Parameter(ParameterSetName = PersonalSet)]
        [ValidateRange(1, CalendarsApi.MaxPersonalPageSize)]
        public int PageSize { get; set; } = CalendarsApi.MaxPersonalPageSize;

        /// <summary>A shared calendar's id.</summary>
        [Parameter(Mandatory = true, ParameterSetName = SharedSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CalendarIdCompleter))]
        public string CalendarId { get; set; } = "";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var api = new CalendarsApi(CurrentSession.Transport);
            string userId = UserId, calendarId = CalendarId;
            try
            {
                switch (ParameterSetName)
                {
                    case PersonalSet:
                        var output = new PagedOutput(this, $"Calendars of {userId}");
                        PageFetcher<PSObject> fetch = async (cursor, size, c) =>
                        {
                            Page<CalendarPersonal> page = await api.GetPersonalPageAsync(userId, cursor, size, c).ConfigureAwait(false);
                            return new Page<PSObject>(page.Items.Select(p => Tag(WorksCalendar.From(p, userId))).ToList(), page.Next);
                        };
                        output.Write(Pager.StreamAsync(fetch, output.Options(PageSize, null), Context));
                        break;
                    case SharedSet:
                        WriteObject(Tag(WorksCalendar.From(Run(c => api.GetAsync(calendarId, c)), null, isDefault: false)));
                        break;
                    default:
                        WriteObject(Tag(WorksCalendar.From(Run(c => api.GetDefaultAsync(userId, c)), userId, isDefault: true)));
                        break;
                }
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, ParameterSetName == SharedSet ? calendarId : userId, ParameterSetName == SharedSet ? $"calendar {calendarId}" : $"calendars of {userId}");
            }
        }

        internal static PSObject Tag(WorksCalendar calendar) => TypedOutput.Tag(calendar, WorksCalendar.TypeName);
    }
}
