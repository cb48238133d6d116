using System.Collections.Generic;
using NaverWorks.Api;

namespace NaverWorks.Models
{
    /// <summary>
    /// <c>GET …/events</c>: <c>{events:[…]}</c>. The documented response has no <c>responseMetaData</c>; it is read
    /// anyway, so a cursor would be followed if the service ever sent one.
    /// </summary>
    public sealed class EventListResponse : CursorEnvelope
    {
        /// <summary><c>events</c>.</summary>
        public List<EventEnvelope>? Events { get; set; }
    }
}
