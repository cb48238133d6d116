using System.Collections.Generic;
using System.Management.Automation;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Calendar;
using NaverWorks.Commands.Common;
using NaverWorks.Http;
using NaverWorks.Models;
using NaverWorks.Paging;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// Lists the events of a window longer than the API's 31 days as one stream: each slice is a "page" for the
    /// module's pager (so -First stops fetching early), and a component seen in an earlier slice (a series, an
    /// event spanning the cut) is not written again.
    /// </summary>
    internal sealed class EventListing
    {
        private readonly EventsApi _api;
        private readonly string _userId;
        private readonly string? _calendarId;
        private readonly List<EventWindow> _slices;
        private readonly HashSet<string> _seen = new HashSet<string>();

        public EventListing(EventsApi api, string userId, string? calendarId, EventWindow window)
        {
            _api = api;
            _userId = userId;
            _calendarId = calendarId;
            _slices = window.Slices().ToList();
        }

        /// <summary>The next slice with anything new (the pager takes an empty page as the end).</summary>
        public async Task<Page<PSObject>> FetchAsync(string? token, int pageSize, RequestContext context)
        {
            int index = token is null ? 0 : int.Parse(token, CultureInfo.InvariantCulture);
            var items = new List<PSObject>();
            while (items.Count == 0 && index < _slices.Count)
            {
                foreach (EventEnvelope envelope in await _api.ListAsync(_userId, _calendarId, _slices[index++], context).ConfigureAwait(false))
                {
                    foreach (EventComponent c in envelope.EventComponents ?? new List<EventComponent>())
                    {
                        if (_seen.Add(c.EventId + "\n" + c.RecurringEventId)) items.Add(TypedOutput.Tag(WorksEvent.From(c, envelope, _userId, _calendarId), WorksEvent.TypeName));
                    }
                }
            }
            return new Page<PSObject>(items, index < _slices.Count ? index.ToString(CultureInfo.InvariantCulture) : null);
        }
    }
}
