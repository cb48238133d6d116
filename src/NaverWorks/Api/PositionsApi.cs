using System.Collections.Generic;
using NaverWorks.Http;

namespace NaverWorks.Api
{
    /// <summary>Directory positions (<c>/directory/positions</c>); the domain must use positions.</summary>
    public sealed class PositionsApi : DirectoryResourceApi<Position, PositionsApi.PositionsPage>
    {
        /// <summary>Creates the client over a session's transport.</summary>
        public PositionsApi(ApiTransport transport) : base(transport, "/directory/positions", "positionId") { }

        /// <inheritdoc />
        protected override IReadOnlyList<Position>? Items(PositionsPage page) => page.Positions;

        /// <summary>The list envelope: <c>{positions: […], responseMetaData}</c>.</summary>
        public sealed class PositionsPage : CursorEnvelope
        {
            /// <summary>The page's positions.</summary>
            public List<Position>? Positions { get; set; }
        }
    }
}
