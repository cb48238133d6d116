namespace NaverWorks.Emulator;

/// <summary>
/// Every request the emulator received, oldest first, for tests to assert what a client really
/// sent (retries, paging, bodies). Thread-safe. Keeps the most recent <see cref="Capacity"/> entries
/// so long benchmarks cannot exhaust memory.
/// </summary>
public sealed class RequestJournal
{
    private readonly Lock _sync = new();
    private readonly LinkedList<JournalEntry> _entries = new();

    /// <summary>Most entries kept; older ones are dropped first.</summary>
    public int Capacity { get; set; } = 100_000;

    /// <summary>Number of entries currently kept.</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>A snapshot of the kept entries, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (_sync)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Entries whose <see cref="JournalEntry.RouteTemplate"/> equals <paramref name="routeTemplate"/> (e.g. <c>POST /users</c>).</summary>
    public IReadOnlyList<JournalEntry> ForRoute(string routeTemplate) =>
        [.. Entries.Where(e => string.Equals(e.RouteTemplate, routeTemplate, StringComparison.Ordinal))];

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
        }
    }

    internal void Add(JournalEntry entry)
    {
        lock (_sync)
        {
            _entries.AddLast(entry);
            while (_entries.Count > Math.Max(1, Capacity))
            {
                _entries.RemoveFirst();
            }
        }
    }
}
