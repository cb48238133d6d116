using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using NaverWorks.Http;
using NaverWorks.Json;
using NaverWorks.Paging;

namespace NaverWorks.Api
{
    /// <summary>
    /// Reads a list page in two steps. A quick scan finds how many items the page holds and its
    /// <c>responseMetaData.nextCursor</c>, so the pager can ask for the next page at once; the items themselves are
    /// deserialized when first touched, while that request is on its way. A cursor list is a chain of requests, each
    /// waiting for the previous cursor: only the scan stays on that chain, not the typed deserialization.
    /// </summary>
    public static class DeferredPage
    {
        /// <summary>Scans a successful answer for the array <paramref name="itemsProperty"/> and the next cursor.</summary>
        /// <param name="body">The answer's body.</param>
        /// <param name="status">The answer's status, for errors.</param>
        /// <param name="request">The request, for errors.</param>
        /// <param name="itemsProperty">The envelope's item array, e.g. <c>users</c>.</param>
        /// <exception cref="WorksApiException">The body is not a JSON object of the documented shape.</exception>
        public static Page<T> Read<T>(byte[] body, System.Net.HttpStatusCode status, ApiRequest request, string itemsProperty)
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("The body is not a JSON object.");
                int start = -1, length = 0, count = 0;
                bool listed = false;
                string? next = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals(itemsProperty))
                    {
                        listed = true;
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.Null) continue;
                        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"'{itemsProperty}' is not an array.");
                        start = (int)reader.TokenStartIndex;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            count++;
                            reader.Skip();
                        }
                        length = (int)reader.BytesConsumed - start;
                    }
                    else if (reader.ValueTextEquals("responseMetaData"))
                    {
                        reader.Read();
                        next = ReadCursor(ref reader);
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
                // The documented envelope always names its list (null or [] when empty); a body without it is some
                // other answer (a proxy's, another API's) and must not pass for "no items".
                if (!listed) throw new JsonException($"The body has no '{itemsProperty}' list.");
                IReadOnlyList<T> items = count == 0 ? Array.Empty<T>() : new DeferredList<T>(body, start, length, count, request);
                return new Page<T>(items, next);
            }
            catch (JsonException ex)
            {
                throw Unexpected(status, body, request, typeof(T).Name + " list", ex);
            }
        }

        private static string? ReadCursor(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return null;
            }
            string? next = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isCursor = reader.ValueTextEquals("nextCursor");
                reader.Read();
                if (isCursor && reader.TokenType == JsonTokenType.String) next = reader.GetString();
                else reader.Skip();
            }
            return next;
        }

        private static WorksApiException Unexpected(System.Net.HttpStatusCode status, byte[] body, ApiRequest request, string what, Exception ex)
        {
            string raw = Redactor.RedactAndTruncate(body.Length == 0 ? "" : Encoding.UTF8.GetString(body), 1024);
            var error = new ApiError(ApiService.Works, status, "UNEXPECTED_RESPONSE", $"the response was not the expected {what} JSON ({ex.Message})", raw);
            return new WorksApiException(error, request.Method.Method, request.Path, ex);
        }

        // The page's items, deserialized once, by whichever thread first asks for one.
        private sealed class DeferredList<T> : IReadOnlyList<T>
        {
            private readonly byte[] _body;
            private readonly int _start;
            private readonly int _length;
            private readonly ApiRequest _request;
            private readonly object _sync = new object();
            private List<T>? _items;

            public DeferredList(byte[] body, int start, int length, int count, ApiRequest request)
            {
                _body = body;
                _start = start;
                _length = length;
                Count = count;
                _request = request;
            }

            public int Count { get; }

            public T this[int index] => Items[index];

            public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            private List<T> Items
            {
                get
                {
                    if (_items is not null) return _items;
                    lock (_sync)
                    {
                        if (_items is not null) return _items;
                        try
                        {
                            _items = JsonSerializer.Deserialize<List<T>>(new ReadOnlySpan<byte>(_body, _start, _length), WorksJson.Options) ?? new List<T>();
                        }
                        catch (JsonException ex)
                        {
                            throw Unexpected(System.Net.HttpStatusCode.OK, _body, _request, typeof(T).Name + " list", ex);
                        }
                        return _items;
                    }
                }
            }
        }
    }
}
