using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;
using NaverWorks.Json;
using NaverWorks.Paging;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// One WORKPLACE organization resource (department, employee, grade, job, empType) over a session's
    /// transport: offset pages, get, create (also exactly-once), read-merge-replace, delete. The five
    /// resources share every operation; <see cref="ResourceShape{T}"/> holds their few differences.
    /// </summary>
    public sealed class WorkplaceResourceApi<T> where T : WorkplaceObject
    {
        /// <summary>The largest page asked for (the API documents no maximum; 100 is the common gateway cap).</summary>
        public const int MaxPageSize = 100;

        private readonly ApiTransport _transport;
        private readonly string _companyId;
        private readonly ResourceShape<T> _shape;
        private readonly string _segment;

        internal WorkplaceResourceApi(ApiTransport transport, string companyId, ResourceShape<T> shape)
        {
            _transport = transport;
            _companyId = companyId;
            _shape = shape;
            _segment = WorkplacePaths.Segment(shape.Resource);
        }

        /// <summary>The resource this client reaches.</summary>
        public WorkplaceResource Resource => _shape.Resource;

        /// <summary>What one element is called in messages, e.g. "department".</summary>
        public string Noun => _shape.Noun;

        /// <summary>The optional fields an update can empty: parameter names and their wire names.</summary>
        public IReadOnlyDictionary<string, string> ClearableFields => _shape.ClearableFields;

        private string ItemOperation(HttpMethod method) => method.Method + " /" + _segment + "/{externalKey}";

        /// <summary>
        /// One page of the list. The page token is the offset (null for 0), so the shared pager drives
        /// WORKPLACE's offset/limit paging exactly as it drives cursors; the page carries the exact total.
        /// </summary>
        public async Task<Page<T>> ListPageAsync(string? token, int pageSize, RequestContext context)
        {
            long offset = 0;
            if (!string.IsNullOrEmpty(token) && (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
                throw new ArgumentException($"'{token}' is not a WORKPLACE list offset.", nameof(token));
            int limit = Math.Max(1, Math.Min(pageSize, MaxPageSize));
            var request = new ApiRequest(HttpMethod.Get, WorkplacePaths.Collection(_companyId, Resource, offset, limit), "GET /" + _segment);
            WorkplaceList<T> list = await SendAsync<WorkplaceList<T>>(request, context).ConfigureAwait(false);
            List<T> items = list.Elements ?? new List<T>();
            long next = offset + items.Count;
            bool more = items.Count > 0 && (list.TotalCount is long total ? next < total : items.Count >= limit);
            return new Page<T>(items, more ? next.ToString(CultureInfo.InvariantCulture) : null, list.TotalCount);
        }

        /// <summary>Reads one element; a missing one is a <see cref="WorksApiException"/> with status 404.</summary>
        public Task<T> GetAsync(string externalKey, RequestContext context) =>
            SendAsync<T>(new ApiRequest(HttpMethod.Get, Item(externalKey), ItemOperation(HttpMethod.Get)), context);

        /// <summary>Reads one element, or null when the key does not exist.</summary>
        public async Task<T?> FindAsync(string externalKey, RequestContext context)
        {
            try
            {
                return await GetAsync(externalKey, context).ConfigureAwait(false);
            }
            // The gateway's own 404 (code 300) means "no such API", not "no such element": never read it as absent.
            catch (WorksApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound && ex.Code != "300")
            {
                return null;
            }
        }

        /// <summary>Creates <paramref name="draft"/> under its <see cref="WorkplaceObject.ExternalKey"/>; fails with 409 when the key exists.</summary>
        public async Task<T> CreateAsync(T draft, RequestContext context)
        {
            string key = RequireKey(draft);
            JsonObject body = Writable(draft);
            _shape.CompleteCreate(body, key, draft);
            var request = new ApiRequest(HttpMethod.Post, Item(key), ItemOperation(HttpMethod.Post)) { Body = Bytes(body) };
            return await ElementOrReadBackAsync(request, key, context).ConfigureAwait(false);
        }

        /// <summary>
        /// Creates <paramref name="draft"/> so that retries never duplicate or lose it: after an attempt whose
        /// outcome is unknown the key is looked up before anything is sent again. With
        /// <paramref name="skipExisting"/>, a key that already exists is passed over (<see cref="CreateOutcome{T}.Existed"/>).
        /// </summary>
        public Task<CreateOutcome<T>> CreateOnceAsync(T draft, bool skipExisting, RequestContext context)
        {
            string key = RequireKey(draft);
            // A 409 may also mean a clash on another unique field (a login ID, a name): it is a skip only when the key
            // itself is found; there is nothing to look for first, since the service refuses a taken key.
            return ExactlyOnce.CreateOrSkipAsync(
                () => CreateAsync(draft, context),
                () => FindAsync(key, context),
                found => _shape.Describes(found, draft),
                found => found.ExternalKey,
                skipExisting, existingId: null, context);
        }

        /// <summary>
        /// Changes the fields set in <paramref name="changes"/> (null means "leave as is"): reads the element,
        /// merges, and replaces it whole, because a PUT clears every field it does not carry.
        /// </summary>
        public Task<T> UpdateAsync(string externalKey, T changes, RequestContext context) =>
            UpdateAsync(externalKey, changes, Array.Empty<string>(), context);

        /// <summary>
        /// Changes the fields set in <paramref name="changes"/> and empties the fields named in <paramref name="clear"/>
        /// (parameter names from <see cref="ClearableFields"/>), in one read-merge-replace.
        /// </summary>
        /// <exception cref="ArgumentException">A name in <paramref name="clear"/> cannot be cleared, or is also in <paramref name="changes"/>.</exception>
        public async Task<T> UpdateAsync(string externalKey, T changes, IReadOnlyCollection<string> clear, RequestContext context)
        {
            JsonObject changed = Writable(changes);
            var cleared = new List<string>(clear.Count);
            foreach (string field in clear)
            {
                if (!_shape.ClearableFields.TryGetValue(field, out string? wire))
                    throw new ArgumentException($"Clear: '{field}' is not a field a {Noun} can be without; it can empty {string.Join(", ", _shape.ClearableFields.Keys)}.", nameof(clear));
                if (changed.ContainsKey(wire))
                    throw new ArgumentException($"{field}: given a value and named in -Clear; use one or the other.", nameof(clear));
                cleared.Add(wire);
            }
            T current = await GetAsync(externalKey, context).ConfigureAwait(false);
            JsonObject body = Writable(current);
            foreach (KeyValuePair<string, JsonNode?> change in changed.ToList())
                body[change.Key] = change.Value?.DeepClone();
            foreach (string wire in cleared) body.Remove(wire);
            _shape.CompleteReplace(body, externalKey, current);
            var request = new ApiRequest(HttpMethod.Put, Item(externalKey), ItemOperation(HttpMethod.Put)) { Body = Bytes(body) };
            return await ElementOrReadBackAsync(request, externalKey, context).ConfigureAwait(false);
        }

        /// <summary>Deletes one element.</summary>
        public Task DeleteAsync(string externalKey, RequestContext context) =>
            // Not repeated blindly: after a lost answer the element is looked up, so a delete that did happen
            // is not reported as "not found" by its own retry.
            ExactlyOnce.PerformAsync(
                () => _transport.SendAsync(new ApiRequest(HttpMethod.Delete, Item(externalKey), ItemOperation(HttpMethod.Delete)) { Idempotent = false }, context),
                async () => await FindAsync(externalKey, context).ConfigureAwait(false) is null,
                context);

        private string Item(string externalKey) => WorkplacePaths.Item(_companyId, Resource, externalKey);

        private async Task<TResult> SendAsync<TResult>(ApiRequest request, RequestContext context)
        {
            ApiResponse response = await _transport.SendAsync(request, context).ConfigureAwait(false);
            return WorksJson.Deserialize<TResult>(response, request, ApiService.Workplace);
        }

        // Whether a write echoes the element is undocumented: use the echo when there is one, else read it back.
        private async Task<T> ElementOrReadBackAsync(ApiRequest request, string externalKey, RequestContext context)
        {
            ApiResponse response = await _transport.SendAsync(request, context).ConfigureAwait(false);
            if (response.Body.Length > 0) return WorksJson.Deserialize<T>(response, request, ApiService.Workplace);
            return await GetAsync(externalKey, context).ConfigureAwait(false);
        }

        /// <summary>The element's fields that a body may carry: known ones under their wire names, unknown ones as received.</summary>
        private JsonObject Writable(T value)
        {
            JsonObject body = JsonSerializer.SerializeToNode(value, value.GetType(), WorksJson.Options)!.AsObject();
            foreach (string field in _shape.ReadOnlyFields) body.Remove(field);
            return body;
        }

        private static byte[] Bytes(JsonObject body) => JsonSerializer.SerializeToUtf8Bytes(body, WorksJson.Options);

        private string RequireKey(T draft)
        {
            if (string.IsNullOrEmpty(draft.ExternalKey))
                throw new ArgumentException($"A {_shape.Noun} needs an ExternalKey.", nameof(draft));
            return draft.ExternalKey!;
        }
    }
}
