using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;
using NaverWorks.Models;
using NaverWorks.Paging;

namespace NaverWorks.Api
{
    /// <summary>
    /// The shape every directory resource shares (users, org units, groups, levels, positions): a cursor list at
    /// <c>/route</c>, and get, create, PATCH and delete at <c>/route/{id}</c> where the id may be the resource id
    /// or <c>externalKey:{key}</c> (users also take the login email). Subclasses give the route and the list
    /// envelope and add their own actions.
    /// </summary>
    /// <typeparam name="T">The resource model.</typeparam>
    public abstract class DirectoryResourceApi<T> : WorksApiBase where T : WorksObject
    {
        /// <summary>The documented page size limit of directory lists.</summary>
        public const int MaxPageSize = 100;

        /// <summary>Creates a client for the resource at <paramref name="route"/>.</summary>
        /// <param name="transport">The session's transport.</param>
        /// <param name="route">Path of the collection, e.g. <c>/users</c>.</param>
        /// <param name="idName">Name of the id in the route template, e.g. <c>userId</c>.</param>
        protected DirectoryResourceApi(ApiTransport transport, string route, string idName) : base(transport)
        {
            Route = route;
            ItemRoute = $"{route}/{{{idName}}}";
        }

        /// <summary>The collection path, e.g. <c>/users</c>; also the list operation's route.</summary>
        protected string Route { get; }

        /// <summary>The item route template, e.g. <c>/users/{userId}</c>, for operation keys.</summary>
        protected string ItemRoute { get; }

        /// <summary>Lets a resource adjust its write requests (org units are paced).</summary>
        protected virtual void PrepareWrite(ApiRequest request) { }

        /// <summary>The path of one item, its id escaped into one segment.</summary>
        protected string ItemPath(string id) => Route + "/" + PathSegment.Escape(id);

        /// <summary>Streams the whole list page by page (lazily: a page is fetched when its first item is wanted).</summary>
        public IAsyncEnumerable<T> ListAsync(ListQuery? query, PagerOptions options, RequestContext context) =>
            Pager.StreamAsync<T>((cursor, size, c) => GetPageAsync(query, cursor, size, c), options, context);

        /// <summary>The envelope's item array, e.g. <c>users</c> in <c>{users: […], responseMetaData}</c>.</summary>
        protected abstract string ItemsProperty { get; }

        /// <summary>Fetches one page of the list; its items are deserialized when first read (see <see cref="DeferredPage"/>).</summary>
        public Task<Page<T>> GetPageAsync(ListQuery? query, string? cursor, int count, RequestContext context)
        {
            var request = new ApiRequest(HttpMethod.Get, Route, "GET " + Route)
                .With("domainId", query?.DomainId)
                .With("orderBy", query?.OrderBy)
                .With("sortOrder", query?.SortOrder);
            return GetListPageAsync<T>(request, ItemsProperty, cursor, count, context);
        }

        /// <summary>Fetches one page of any cursor list of this resource (the resource itself, or e.g. its members).</summary>
        protected async Task<Page<TItem>> GetListPageAsync<TItem>(ApiRequest request, string itemsProperty, string? cursor, int count, RequestContext context)
        {
            request.With("count", count).With("cursor", cursor);
            ApiResponse response = await Transport.SendAsync(request, context).ConfigureAwait(false);
            return DeferredPage.Read<TItem>(response.Body, response.Status, request, itemsProperty);
        }

        /// <summary>Reads one resource; a 404 becomes a <see cref="WorksApiException"/>.</summary>
        public Task<T> GetAsync(string id, RequestContext context) => GetAsync<T>(ItemPath(id), "GET " + ItemRoute, context);

        /// <summary>Reads one resource, or null when it does not exist.</summary>
        public Task<T?> FindAsync(string id, RequestContext context) => FindAsync<T>(ItemPath(id), "GET " + ItemRoute, context);

        /// <summary>
        /// Sends one create. Not repeated by the transport after an unknown outcome: callers make it exactly-once
        /// with <see cref="ExactlyOnce.CreateAsync{T}"/> and the resource's natural key.
        /// </summary>
        public Task<T> CreateAsync<TBody>(TBody body, RequestContext context)
        {
            var request = WithBody(HttpMethod.Post, Route, "POST " + Route, body);
            PrepareWrite(request);
            return SendAsync<T>(request, context);
        }

        /// <summary>Changes only the properties present in <paramref name="body"/> (PATCH) and returns the result.</summary>
        public Task<T> PatchAsync<TBody>(string id, TBody body, RequestContext context)
        {
            var request = WithBody(Patch, ItemPath(id), "PATCH " + ItemRoute, body);
            PrepareWrite(request);
            return SendAsync<T>(request, context);
        }

        /// <summary>
        /// Deletes one resource exactly once: after an unknown outcome it checks whether the resource is gone
        /// before deleting again, so a retried delete never reports the first attempt's success as "not found".
        /// </summary>
        /// <returns>True when the delete was confirmed after an unknown outcome.</returns>
        public Task<bool> DeleteAsync(string id, RequestContext context) =>
            ExactlyOnce.PerformAsync(
                () => SendOnceAsync(HttpMethod.Delete, ItemPath(id), "DELETE " + ItemRoute, null, context),
                async () => IsGone(await FindAsync(id, context).ConfigureAwait(false)),
                context);

        /// <summary>Whether a resource read after a delete counts as deleted (users linger, flagged, for a grace period).</summary>
        protected virtual bool IsGone(T? found) => found is null;

        /// <summary>
        /// Sends a write that the transport must not repeat after an unknown outcome (the caller reconciles it),
        /// optionally with a body.
        /// </summary>
        protected Task SendOnceAsync(HttpMethod method, string path, string operation, object? body, RequestContext context)
        {
            var request = body is null ? new ApiRequest(method, path, operation) : WithBody(method, path, operation, body);
            request.Idempotent = false;
            PrepareWrite(request);
            return SendAsync(request, context);
        }

        /// <summary>True when <paramref name="ex"/> says the resource does not exist.</summary>
        protected static bool IsNotFound(WorksApiException ex) => ex.StatusCode == HttpStatusCode.NotFound;
    }
}
