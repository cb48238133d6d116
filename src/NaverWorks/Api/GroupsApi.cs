using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Api
{
    /// <summary>Groups (<c>/groups</c>) and their members.</summary>
    public sealed class GroupsApi : DirectoryResourceApi<Group>
    {
        /// <summary>Creates the client over a session's transport.</summary>
        public GroupsApi(ApiTransport transport) : base(transport, "/groups", "groupId") { }

        /// <inheritdoc />
        protected override string ItemsProperty => "groups";

        /// <summary>Streams a group's members (<c>GET /groups/{groupId}/members</c>).</summary>
        public IAsyncEnumerable<GroupMember> ListMembersAsync(string groupId, PagerOptions options, RequestContext context) =>
            Pager.StreamAsync<GroupMember>((cursor, size, c) =>
            {
                var request = new ApiRequest(HttpMethod.Get, ItemPath(groupId) + "/members", "GET " + ItemRoute + "/members");
                return GetListPageAsync<GroupMember>(request, "members", cursor, size, c);
            }, options, context);

        /// <summary>
        /// Adds a member exactly once (<c>POST /groups/{groupId}/members</c> with <c>{id, type}</c>); after an
        /// unknown outcome the member list is checked before adding again.
        /// </summary>
        public Task<bool> AddMemberAsync(string groupId, string memberId, string type, RequestContext context) =>
            ExactlyOnce.PerformAsync(
                () => SendOnceAsync(HttpMethod.Post, ItemPath(groupId) + "/members", "POST " + ItemRoute + "/members", new MemberBody { Id = memberId, Type = type }, context),
                () => HasMemberAsync(groupId, memberId, context),
                context);

        /// <summary>Removes a member exactly once (<c>DELETE /groups/{groupId}/members/{memberId}</c>).</summary>
        public async Task<bool> RemoveMemberAsync(string groupId, string memberId, RequestContext context) =>
            await ExactlyOnce.PerformAsync(
                () => SendOnceAsync(HttpMethod.Delete, ItemPath(groupId) + "/members/" + PathSegment.Escape(memberId, "Member"), "DELETE " + ItemRoute + "/members/{memberId}", null, context),
                async () => !await HasMemberAsync(groupId, memberId, context).ConfigureAwait(false),
                context).ConfigureAwait(false);

        /// <summary>Whether <paramref name="memberId"/> is a direct member of the group.</summary>
        public async Task<bool> HasMemberAsync(string groupId, string memberId, RequestContext context)
        {
            await foreach (var member in ListMembersAsync(groupId, new PagerOptions(), context).ConfigureAwait(false))
            {
                if (member.Id == memberId || member.ExternalKey is not null && ExternalKeyReference.For(member.ExternalKey) == memberId) return true;
            }
            return false;
        }



        private sealed class MemberBody
        {
            public string? Id { get; set; }

            public string? Type { get; set; }
        }
    }
}
