using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using NaverWorks.Commands.Common;
using NaverWorks.Http;
using NaverWorks.Json;
using NaverWorks.Paging;

namespace NaverWorks.Commands.Raw
{
    /// <summary>
    /// <para type="synopsis">Calls any NAVER WORKS API with the session's authentication, retries and rate limiting.</para>
    /// <para type="description">The escape hatch for APIs the module does not wrap yet. JSON in and out as PowerShell objects;
    /// -All follows responseMetaData.nextCursor and streams the items of every page.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "WorksRequest", SupportsShouldProcess = true, SupportsPaging = true)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeWorksRequestCommand : WorksCmdlet
    {
        /// <summary>HTTP method.</summary>
        [Parameter(Position = 1)]
        [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE", IgnoreCase = true)]
        public string Method { get; set; } = "GET";

        /// <summary>Path below the API base, e.g. <c>/users</c> or <c>/users/hana@example.com</c> (already escaped).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        public string Path { get; set; } = "";

        /// <summary>Query parameters.</summary>
        [Parameter]
        public Hashtable? Query { get; set; }

        /// <summary>The body: a hashtable, an object, or JSON text.</summary>
        [Parameter(ValueFromPipeline = true)]
        public object? Body { get; set; }

        /// <summary>Follow <c>nextCursor</c> and write the items of every page instead of the response.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var method = new HttpMethod(Method.ToUpperInvariant());
            string path = "/" + Path.TrimStart('/');
            if (method != HttpMethod.Get && !ShouldProcess($"{CurrentSession.ApiEndpoint}{path}", method.Method)) return;
            try
            {
                if (All) WriteAll(path);
                else WriteResponse(Run(c => SendAsync(method, path, null, c)));
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, path, $"{method.Method} {path}");
            }
        }

        private void WriteResponse(JsonElement body)
        {
            if (body.ValueKind != JsonValueKind.Undefined) WriteObject(PSJson.ToPSObject(body));
        }

        private void WriteAll(string path)
        {
            var output = new PagedOutput(this, $"{Method.ToUpperInvariant()} {path}");
            PageFetcher<object?> fetch = async (cursor, size, c) =>
            {
                JsonElement body = await SendAsync(HttpMethod.Get, path, cursor, c).ConfigureAwait(false);
                return ToPage(body);
            };
            output.Write(Pager.StreamAsync(fetch, output.Options(100, null), Context));
        }

        private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? cursor, RequestContext context)
        {
            // The operation key is the path without ids we cannot recognise; the per-method key is a safe approximation.
            var request = new ApiRequest(method, path, $"{method.Method} {OperationOf(path)}");
            if (Query is not null)
                foreach (DictionaryEntry q in Query) request.With(Convert.ToString(q.Key)!, q.Value is PSObject p ? p.BaseObject : q.Value);
            if (cursor is not null) request.With("cursor", cursor);
            if (Body is not null && method != HttpMethod.Get) request.Body = PSJson.FromPSObject(Body);
            ApiResponse response = await CurrentSession.Transport.SendAsync(request, context).ConfigureAwait(false);
            return response.Body.Length == 0 ? default : ParseOrThrow(response, request);
        }

        private static JsonElement ParseOrThrow(ApiResponse response, ApiRequest request)
        {
            try
            {
                return WorksJson.ParseElement(response.Body);
            }
            catch (JsonException ex)
            {
                throw new WorksApiException(new ApiError(ApiService.Works, response.Status, "UNEXPECTED_RESPONSE", "the response was not JSON (" + ex.Message + ")"), request.Method.Method, request.Path, ex);
            }
        }

        /// <summary>The items of a list response: its first array property; the next cursor from responseMetaData.</summary>
        internal static Page<object?> ToPage(JsonElement body)
        {
            var items = new List<object?>();
            string? next = null;
            if (body.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in body.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.Array && items.Count == 0)
                        items.AddRange(p.Value.EnumerateArray().Select(PSJson.ToPSObject));
                }
                if (body.TryGetProperty("responseMetaData", out var meta) && meta.ValueKind == JsonValueKind.Object &&
                    meta.TryGetProperty("nextCursor", out var cursor) && cursor.ValueKind == JsonValueKind.String)
                    next = cursor.GetString();
            }
            else if (body.ValueKind == JsonValueKind.Array)
            {
                items.AddRange(body.EnumerateArray().Select(PSJson.ToPSObject));
            }
            return new Page<object?>(items, next);
        }

        // Rate limits are per operation; without a route table, the first path segment groups calls sensibly.
        private static string OperationOf(string path)
        {
            string clean = path.Split('?')[0];
            string[] parts = clean.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? "/" : "/" + parts[0] + (parts.Length > 1 ? "/*" : "");
        }
    }
}
