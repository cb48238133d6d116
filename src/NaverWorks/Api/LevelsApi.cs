using System.Collections.Generic;
using NaverWorks.Http;

namespace NaverWorks.Api
{
    /// <summary>Directory levels (<c>/directory/levels</c>); the domain must have levels enabled.</summary>
    public sealed class LevelsApi : DirectoryResourceApi<Level>
    {
        /// <summary>Creates the client over a session's transport.</summary>
        public LevelsApi(ApiTransport transport) : base(transport, "/directory/levels", "levelId") { }

        /// <inheritdoc />
        protected override string ItemsProperty => "levels";
    }
}
