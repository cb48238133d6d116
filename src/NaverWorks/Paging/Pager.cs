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

        /// <summary>
        /// Request the next page while the current one is being consumed, so the caller's work on this page and the
        /// service's on the next overlap (a cursor list cannot be fetched in parallel). On the first page only once
        /// half of it has been taken, so a consumer that stops early (Select-Object -First 3) still costs one request
        /// and the first item is out before page 2 is asked for; from the second page on, as soon as the page
        /// arrives, since the caller has shown it wants more than a page. Never when the items still wanted fit in
        /// the current page. A consumer that stops mid-list leaves at most one page unused.
        /// </summary>
        public bool ReadAhead { get; set; }
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
            Task<Page<T>>? ahead = null;
            try
            {
                while (true)
                {
                    Page<T> page;
                    if (ahead is not null)
                    {
                        page = await ahead.ConfigureAwait(false);
                        ahead = null;
                    }
                    else
                    {
                        page = await fetch(token, SizeFor(toSkip + left, options.PageSize), context).ConfigureAwait(false);
                    }
                    pages++;
                    items += page.Items.Count;
                    options.OnPage?.Invoke(new PageProgress(pages, items, page.TotalCount, page.Next));
                    // An empty page ends the list too: the API answers count overflows with one instead of an error.
                    bool last = string.IsNullOrEmpty(page.Next) || page.Items.Count == 0 || page.Next == token;
                    int readAheadAt = pages == 1 ? Math.Max(1, page.Items.Count / 2) : 0, taken = 0;
                    while (true)
                    {
                        ulong stillWanted = toSkip + left, stillHere = (ulong)(page.Items.Count - taken);
                        if (options.ReadAhead && ahead is null && !last && taken >= readAheadAt && stillWanted > stillHere)
                            ahead = fetch(page.Next, SizeFor(stillWanted - stillHere, options.PageSize), context);
                        if (taken == page.Items.Count) break;
                        T item = page.Items[taken++];
                        if (toSkip > 0) toSkip--;
                        else
                        {
                            yield return item;
                            if (--left == 0) yield break;
                        }
                    }
                    if (last) yield break;
                    token = page.Next;
                }
            }
            finally
            {
                // A consumer that stopped early leaves a read-ahead behind: observe it so its failure is not unobserved.
                ahead?.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            }
        }

        // Never ask for more than the caller can still use.
        private static int SizeFor(ulong wanted, int pageSize) => wanted < (ulong)pageSize ? (int)wanted : pageSize;
    }
}
