using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;

namespace NaverWorks.Api
{
    /// <summary>
    /// Members (<c>/users</c>): list, get (by user id, login email or <c>externalKey:{key}</c>), create, PATCH,
    /// delete, suspend and resume.
    /// </summary>
    public sealed class UsersApi : DirectoryResourceApi<User>
    {
        /// <summary>Creates the client over a session's transport.</summary>
        public UsersApi(ApiTransport transport) : base(transport, "/users", "userId") { }

        /// <inheritdoc />
        protected override string ItemsProperty => "users";

        // Deleted members stay readable, flagged, during the 7-day grace period.
        /// <inheritdoc />
        protected override bool IsGone(User? found) => found is null || found.IsDeleted;

        /// <summary>Suspends a member exactly once (a retry after an unknown outcome first checks the state).</summary>
        public Task<bool> SuspendAsync(string id, RequestContext context) =>
            ExactlyOnce.PerformAsync(
                () => SendOnceAsync(HttpMethod.Post, ItemPath(id) + "/suspend", "POST " + ItemRoute + "/suspend", null, context),
                async () => (await GetAsync(id, context).ConfigureAwait(false)).IsSuspended,
                context);

        /// <summary>Lifts a suspension exactly once (<c>POST /users/{userId}/unsuspend</c>).</summary>
        public Task<bool> ResumeAsync(string id, RequestContext context) =>
            ExactlyOnce.PerformAsync(
                () => SendOnceAsync(HttpMethod.Post, ItemPath(id) + "/unsuspend", "POST " + ItemRoute + "/unsuspend", null, context),
                async () => !(await GetAsync(id, context).ConfigureAwait(false)).IsSuspended,
                context);
    }
}
