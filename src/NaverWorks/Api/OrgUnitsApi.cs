using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Api
{
    /// <summary>
    /// Org units (<c>/orgunits</c>): list, get, create, PATCH, move, delete and the member list. Every write is
    /// sent in the <see cref="WritePacingGroup"/>, because the API asks for org-unit writes once per second,
    /// single-threaded, per domain; the transport enforces it (see <see cref="RequestPacer"/>).
    /// </summary>
    public sealed class OrgUnitsApi : DirectoryResourceApi<OrgUnit>
    {
        /// <summary>The pacing group of org-unit writes.</summary>
        public const string WritePacingGroup = "orgunit-write";

        /// <summary>Creates the client over a session's transport.</summary>
        public OrgUnitsApi(ApiTransport transport) : base(transport, "/orgunits", "orgUnitId") { }

        /// <inheritdoc />
        protected override string ItemsProperty => "orgUnits";

        /// <inheritdoc />
        protected override void PrepareWrite(ApiRequest request) => request.PacingGroup = WritePacingGroup;

        /// <summary>
        /// Moves a unit under another parent (<c>POST /orgunits/{orgUnitId}/move</c>; null parent = top level).
        /// Repeating a move is harmless, so the transport may retry it.
        /// </summary>
        public Task MoveAsync(string id, string? parentId, int? displayOrder, RequestContext context)
        {
            var request = WithBody(HttpMethod.Post, ItemPath(id) + "/move", "POST " + ItemRoute + "/move",
                new MoveBody { ParentOrgUnitId = parentId, DisplayOrder = displayOrder });
            request.Idempotent = true;
            PrepareWrite(request);
            return SendAsync(request, context);
        }

        /// <summary>Streams a unit's members (<c>GET /orgunits/{orgUnitId}/members</c>).</summary>
        public IAsyncEnumerable<OrgUnitMember> ListMembersAsync(string id, ListQuery? query, PagerOptions options, RequestContext context) =>
            Pager.StreamAsync<OrgUnitMember>((cursor, size, c) =>
            {
                var request = new ApiRequest(HttpMethod.Get, ItemPath(id) + "/members", "GET " + ItemRoute + "/members").With("domainId", query?.DomainId);
                return GetListPageAsync<OrgUnitMember>(request, "members", cursor, size, c);
            }, options, context);



        // The move body is not documented; parent and order are what the operation needs [INFERRED].
        private sealed class MoveBody
        {
            [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
            public string? ParentOrgUnitId { get; set; }

            public int? DisplayOrder { get; set; }
        }
    }
}
