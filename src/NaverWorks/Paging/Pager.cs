using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Paging
{
    /// <summary>Fetches the page that starts at <paramref name="token"/> (null for the first).</summary>
    public delegate Task<Page<T>> PageFetcher<T>(string? token, int pageSize, RequestContext context);

    /// <summary>What a caller wants from a list.</summary>
    public sealed class PagerOptions
    {
        /// <summary>Items per request.</summary>
        public int PageSize { get; set; } = 100;

        /// <summary>Where to resume (a cursor returned earlier), or null for the start.</summary>
        public string? StartToken { get; set; }

        /// <summary>Items to pass over before the first one returned.</summary>
        public ulong Skip { get; set; }

        /// <summary>Most items to return.</summary>
        public ulong First { get; set; } = ulong.MaxValue;

        /// <summary>Told after each page: page number, items so far, total when known, next token.</summary>
        public Action<PageProgress>? OnPage { get; set; }
    }

    /// <summary>Where a listing stands.</summary>
    public sealed class PageProgress
    {
        internal PageProgress(int pages, long items, long? total, string? next)
        {
            Pages = pages;
            Items = items;
            Total = total;
            Next = next;
        }

        /// <summary>Pages fetched so far.</summary>
        public int Pages { get; }

        /// <summary>Items received so far.</summary>
        public long Items { get; }

        /// <summary>Total when the API tells.</summary>
        public long? Total { get; }

        /// <summary>The token that resumes after the last page fetched.</summary>
        public string? Next { get; }
    }

    /// <summary>
    /// The one pager of the module, for cursor (WORKS) and offset (WORKPLACE) lists alike. It is a loop, not
    /// recursion, and it is lazy: a page is requested only when the caller wants an item beyond the ones it
    /// has, so <c>Select-Object -First 3</c> costs one request and the first object is out before page 2 is asked for.
    /// </summary>
    public static class Pager
    {
        /// <summary>Streams items page by page.</summary>
        public static async IAsyncEnumerable<T> StreamAsync<T>(PageFetcher<T> fetch, PagerOptions options, RequestContext context)
        {
            ulong toSkip = options.Skip, left = options.First;
            if (left == 0) yield break;
            string? token = options.StartToken;
            int pages = 0;
            long items = 0;
            while (true)
            {
                // Never ask for more than the caller can still use.
                ulong wanted = toSkip + left;
                int size = wanted < (ulong)options.PageSize ? (int)wanted : options.PageSize;
                Page<T> page = await fetch(token, size, context).ConfigureAwait(false);
                pages++;
                items += page.Items.Count;
                options.OnPage?.Invoke(new PageProgress(pages, items, page.TotalCount, page.Next));
                foreach (T item in page.Items)
                {
                    if (toSkip > 0)
                    {
                        toSkip--;
                        continue;
                    }
                    yield return item;
                    if (--left == 0) yield break;
                }
                // An empty page ends the list too: the API answers count overflows with one instead of an error.
                if (string.IsNullOrEmpty(page.Next) || page.Items.Count == 0 || page.Next == token) yield break;
                token = page.Next;
            }
        }
    }
}
