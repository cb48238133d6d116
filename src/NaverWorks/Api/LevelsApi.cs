using System.Collections.Generic;
using NaverWorks.Http;

namespace NaverWorks.Api
{
    /// <summary>Directory levels (<c>/directory/levels</c>); the domain must have levels enabled.</summary>
    public sealed class LevelsApi : DirectoryResourceApi<Level, LevelsApi.LevelsPage>
    {
        /// <summary>Creates the client over a session's transport.</summary>
        public LevelsApi(ApiTransport transport) : base(transport, "/directory/levels", "levelId") { }

        /// <inheritdoc />
        protected override IReadOnlyList<Level>? Items(LevelsPage page) => page.Levels;

        /// <summary>The list envelope: <c>{levels: […], responseMetaData}</c>.</summary>
        public sealed class LevelsPage : CursorEnvelope
        {
            /// <summary>The page's levels.</summary>
            public List<Level>? Levels { get; set; }
        }
    }
}
