using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NaverWorks.Emulator.Infrastructure.Paging;

/// <summary>The documented <c>count</c> (1–100, default 100) and <c>cursor</c> query parameters, validated.</summary>
internal readonly record struct PageRequest(int Count, string? Cursor)
{
    public const int DefaultCount = 100;
    public const int MaxCount = 100;

    public static PageRequest From(HttpRequest request)
    {
        var count = DefaultCount;
        var countText = request.Query["count"].ToString();
        if (request.Query.ContainsKey("count"))
        {
            if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxCount)
            {
                throw ApiErrors.Invalid("count", $"must be between 1 and {MaxCount}");
            }
        }

        var cursor = request.Query["cursor"].ToString();
        return new PageRequest(count, string.IsNullOrEmpty(cursor) ? null : cursor);
    }

    /// <summary>
    /// Reads one page of <paramref name="index"/> and renders the list envelope: the items under
    /// <paramref name="envelope"/> and <c>responseMetaData</c>, whose <c>nextCursor</c> is present
    /// only when another page exists (omitted, not null, on the last page).
    /// </summary>
    public Dictionary<string, object> Read<T>(SortedIndex<T> index, string listIdentity, string envelope, bool descending, Func<T, object> view)
    {
        var after = Cursor is null ? (SortKey?)null : CursorCodec.Decode(listIdentity, Cursor);
        var (items, next) = index.Page(after, Count, descending);
        var meta = new Dictionary<string, string>();
        if (next is not null)
        {
            meta["nextCursor"] = CursorCodec.Encode(listIdentity, next.Value);
        }

        return new Dictionary<string, object>
        {
            [envelope] = items.ConvertAll(i => view(i)),
            ["responseMetaData"] = meta,
        };
    }
}
