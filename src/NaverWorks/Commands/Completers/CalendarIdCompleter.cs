using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Http;
using NaverWorks.Models;
using NaverWorks.Paging;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// Completes the ids of the calendars the user given with -UserId can see (with a user's own sign-in and no
    /// -UserId, the signed-in user's); the typed word matches a calendar's name or id, and the menu shows the name.
    /// </summary>
    public sealed class CalendarIdCompleter : SessionCompleter<WorksSession>
    {
        /// <inheritdoc />
        protected override IEnumerable<CompletionResult> Complete(WorksSession session, CompletionRequest request)
        {
            // A service account has no calendars of its own ("me" means nothing to it): without -UserId, nothing to ask.
            string? userId = request.Text("UserId") ?? (session.AuthType == WorksAuthType.AuthorizationCode ? "me" : null);
            if (userId is null) return Array.Empty<CompletionResult>();
            IReadOnlyList<CalendarPersonal>? calendars = Cached(session, "Calendar:" + userId, context => ListAsync(session, userId, context));
            if (calendars is null) return Array.Empty<CompletionResult>();
            return calendars
                .Where(c => c.CalendarId is not null && CompletionText.Matches(request.Word, c.CalendarName, c.CalendarId))
                .Select(c => CompletionText.Result(c.CalendarId!, request.Word, c.CalendarName ?? c.CalendarId!, $"{c.CalendarName} ({c.CalendarId})"));
        }

        private static async Task<IReadOnlyList<CalendarPersonal>> ListAsync(WorksSession session, string userId, RequestContext context)
        {
            var api = new CalendarsApi(session.Transport);
            var calendars = new List<CalendarPersonal>();
            var options = new PagerOptions { PageSize = CalendarsApi.MaxPersonalPageSize };
            await foreach (CalendarPersonal c in Pager.StreamAsync<CalendarPersonal>((cursor, size, c) => api.GetPersonalPageAsync(userId, cursor, size, c), options, context).ConfigureAwait(false))
                calendars.Add(c);
            return calendars;
        }
    }
}
