using NaverWorks.Emulator.Infrastructure.Paging;

namespace NaverWorks.Emulator.Directory;

/// <summary>
/// The stored records of one resource type: by id, by external key, and one sorted index per list
/// order. Not thread-safe; the tenant lock guards it.
/// </summary>
internal sealed class ResourceTable<T>
    where T : DirectoryRecord
{
    private readonly Dictionary<string, T> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byExternalKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Func<T, SortKey> Key, SortedIndex<T> Index)> _orders = new(StringComparer.Ordinal);

    /// <param name="orders">List orders by name; the first is the default.</param>
    public ResourceTable(IReadOnlyList<(string Name, Func<T, SortKey> Key)> orders)
    {
        DefaultOrder = orders[0].Name;
        foreach (var (name, key) in orders)
        {
            _orders[name] = (key, new SortedIndex<T>());
        }
    }

    public string DefaultOrder { get; }

    public int Count => _byId.Count;

    public IEnumerable<T> All => _orders[DefaultOrder].Index.Items;

    public T? Find(string id) => _byId.GetValueOrDefault(id);

    public T? FindByExternalKey(string externalKey) => _byExternalKey.GetValueOrDefault(externalKey);

    public SortedIndex<T> Index(string order) => _orders[order].Index;

    public void Add(T item)
    {
        _byId.Add(item.ResourceId, item);
        if (item.ResourceExternalKey is { } key)
        {
            _byExternalKey.Add(key, item);
        }

        foreach (var (keyOf, index) in _orders.Values)
        {
            index.Add(keyOf(item), item);
        }
    }

    /// <summary>Adds many records with one sort per index (seeding 100,000 users).</summary>
    public void AddRange(IReadOnlyCollection<T> items)
    {
        foreach (var item in items)
        {
            _byId.Add(item.ResourceId, item);
            if (item.ResourceExternalKey is { } key)
            {
                _byExternalKey.Add(key, item);
            }
        }

        foreach (var (keyOf, index) in _orders.Values)
        {
            index.AddRange(items.Select(i => new KeyValuePair<SortKey, T>(keyOf(i), i)));
        }
    }

    public void Remove(T item)
    {
        _byId.Remove(item.ResourceId);
        if (item.ResourceExternalKey is { } key)
        {
            _byExternalKey.Remove(key);
        }

        foreach (var (keyOf, index) in _orders.Values)
        {
            index.Remove(keyOf(item));
        }
    }
}
