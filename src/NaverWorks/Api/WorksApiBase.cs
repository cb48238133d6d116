using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Json;
using NaverWorks.Paging;

namespace NaverWorks.Api
{
    /// <summary>
    /// What every NAVER WORKS resource client shares: typed GET/POST/PUT/PATCH/DELETE over the session's
    /// transport, and cursor pages in the documented envelope (<c>{items…, responseMetaData.nextCursor}</c>).
    /// Resource clients add only their paths and bodies.
    /// </summary>
    public abstract class WorksApiBase
    {
        /// <summary>Creates a client over a session's transport.</summary>
        protected WorksApiBase(ApiTransport transport) => Transport = transport;

        /// <summary>The session's transport.</summary>
        protected ApiTransport Transport { get; }

        /// <summary>Sends a request and reads the response as <typeparamref name="T"/>.</summary>
        protected async Task<T> SendAsync<T>(ApiRequest request, RequestContext context)
        {
            ApiResponse response = await Transport.SendAsync(request, context).ConfigureAwait(false);
            return WorksJson.Deserialize<T>(response, request, ApiService.Works);
        }

        /// <summary>Sends a request whose answer has no body worth reading (204, or an echo we do not need).</summary>
        protected Task SendAsync(ApiRequest request, RequestContext context) => Transport.SendAsync(request, context);

        /// <summary>GETs one resource.</summary>
        protected Task<T> GetAsync<T>(string path, string operation, RequestContext context) =>
            SendAsync<T>(new ApiRequest(HttpMethod.Get, path, operation), context);

        /// <summary>GETs one resource, or null when it does not exist (404).</summary>
        protected async Task<T?> FindAsync<T>(string path, string operation, RequestContext context) where T : class
        {
            try
            {
                return await GetAsync<T>(path, operation, context).ConfigureAwait(false);
            }
            catch (WorksApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return null;
            }
        }

        /// <summary>Builds a request with a JSON body.</summary>
        protected static ApiRequest WithBody<TBody>(HttpMethod method, string path, string operation, TBody body) =>
            new ApiRequest(method, path, operation) { Body = WorksJson.Serialize(body) };

        /// <summary>The PATCH method (netstandard2.0 has no HttpMethod.Patch).</summary>
        protected static readonly HttpMethod Patch = new HttpMethod("PATCH");

        /// <summary>
        /// Fetches one cursor page. <paramref name="read"/> picks the items out of the envelope type.
        /// </summary>
        protected async Task<Page<TItem>> GetPageAsync<TEnvelope, TItem>(ApiRequest request, string? cursor, int count,
            System.Func<TEnvelope, IReadOnlyList<TItem>?> read, RequestContext context) where TEnvelope : CursorEnvelope
        {
            request.With("count", count).With("cursor", cursor);
            TEnvelope envelope = await SendAsync<TEnvelope>(request, context).ConfigureAwait(false);
            // The documented envelope always carries its list, [] when empty; a body without it is not a
            // list at all (a proxy's answer, another API), and must not pass for "no items".
            IReadOnlyList<TItem> items = read(envelope) ?? throw new WorksApiException(
                new ApiError(ApiService.Works, System.Net.HttpStatusCode.OK, "UNEXPECTED_RESPONSE",
                    $"the response was not the expected list ({typeof(TEnvelope).Name} without its items)"),
                request.Method.Method, request.Path);
            return new Page<TItem>(items, envelope.ResponseMetaData?.NextCursor);
        }
    }

    /// <summary>The paging part of every list response.</summary>
    public abstract class CursorEnvelope
    {
        /// <summary><c>responseMetaData</c>: carries <c>nextCursor</c>, omitted on the last page.</summary>
        public ResponseMetaData? ResponseMetaData { get; set; }
    }

    /// <summary>The list response's <c>responseMetaData</c>.</summary>
    public sealed class ResponseMetaData
    {
        /// <summary>Cursor of the next page; null or empty on the last one.</summary>
        public string? NextCursor { get; set; }
    }
}
