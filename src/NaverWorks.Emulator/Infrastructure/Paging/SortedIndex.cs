namespace NaverWorks.Emulator.Infrastructure.Paging;

/// <summary>
/// Items kept sorted by <see cref="SortKey"/>, so that a page after a cursor is a binary search
/// plus the page itself: O(log n + page) even with 100,000 users. Not thread-safe; the tenant
/// lock guards it.
/// </summary>
internal sealed class SortedIndex<T>
{
    private readonly List<KeyValuePair<SortKey, T>> _entries = [];

    public int Count => _entries.Count;

    public void Add(SortKey key, T item)
    {
        var i = Find(key);
        if (i >= 0)
        {
            throw new InvalidOperationException($"Duplicate sort key {key}");
        }

        _entries.Insert(~i, new(key, item));
    }

    /// <summary>Adds many items with one sort, for seeding large tenants.</summary>
    public void AddRange(IEnumerable<KeyValuePair<SortKey, T>> items)
    {
        _entries.AddRange(items);
        _entries.Sort(static (a, b) => a.Key.CompareTo(b.Key));
    }

    public bool Remove(SortKey key)
    {
        var i = Find(key);
        if (i < 0)
        {
            return false;
        }

        _entries.RemoveAt(i);
        return true;
    }

    public IEnumerable<T> Items => _entries.Select(static e => e.Value);

    /// <summary>
    /// Up to <paramref name="count"/> items strictly after <paramref name="after"/> in the given
    /// direction, and the key to continue from when more remain.
    /// </summary>
    public (List<T> Items, SortKey? Next) Page(SortKey? after, int count, bool descending)
    {
        var page = new List<T>(Math.Min(count, _entries.Count));
        int start;
        if (!descending)
        {
            start = after is null ? 0 : FirstAfter(after.Value);
            for (var i = start; i < _entries.Count && page.Count < count; i++)
            {
                page.Add(_entries[i].Value);
            }

            var last = start + page.Count - 1;
            return (page, last + 1 < _entries.Count && page.Count > 0 ? _entries[last].Key : null);
        }

        start = after is null ? _entries.Count - 1 : FirstAfter(after.Value) - 1;
        if (after is not null && start >= 0 && _entries[start].Key.CompareTo(after.Value) == 0)
        {
            start--;
        }

        for (var i = start; i >= 0 && page.Count < count; i--)
        {
            page.Add(_entries[i].Value);
        }

        var lastDesc = start - page.Count + 1;
        return (page, lastDesc > 0 && page.Count > 0 ? _entries[lastDesc].Key : null);
    }

    private int FirstAfter(SortKey key)
    {
        var i = Find(key);
        return i >= 0 ? i + 1 : ~i;
    }

    private int Find(SortKey key)
    {
        int lo = 0, hi = _entries.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = _entries[mid].Key.CompareTo(key);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }
}
