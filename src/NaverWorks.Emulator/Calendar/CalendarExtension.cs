using Microsoft.AspNetCore.Routing;
using NaverWorks.Emulator.Calendar;
using NaverWorks.Emulator.Hosting;

namespace NaverWorks.Emulator;

/// <summary>Plugs the calendar API into the host's extension point.</summary>
public sealed partial class EmulatorServer
{
    static partial void MapCalendar(RouteGroupBuilder api, EmulatorServices services) =>
        CalendarApi.Map(api, new CalendarStore(services.Tenant));
}
