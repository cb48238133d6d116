using System.Collections.Generic;
using NaverWorks.Http;

namespace NaverWorks.Api
{
    /// <summary>Directory positions (<c>/directory/positions</c>); the domain must use positions.</summary>
    public sealed class PositionsApi : DirectoryResourceApi<Position>
    {
        /// <summary>Creates the client over a session's transport.</summary>
        public PositionsApi(ApiTransport transport) : base(transport, "/directory/positions", "positionId") { }

        /// <inheritdoc />
        protected override string ItemsProperty => "positions";
    }
}
