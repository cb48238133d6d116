using System.Collections.Generic;

namespace NaverWorks.Paging
{
    /// <summary>One page of a list, and where the next one starts.</summary>
    public sealed class Page<T>
    {
        /// <summary>Creates a page.</summary>
        public Page(IReadOnlyList<T> items, string? next, long? totalCount = null)
        {
            Items = items;
            Next = next;
            TotalCount = totalCount;
        }

        /// <summary>The items of this page.</summary>
        public IReadOnlyList<T> Items { get; }

        /// <summary>The token of the next page (a cursor, or an offset), or null on the last page.</summary>
        public string? Next { get; }

        /// <summary>Total number of items, when the API tells (WORKPLACE does; NAVER WORKS does not).</summary>
        public long? TotalCount { get; }
    }
}
