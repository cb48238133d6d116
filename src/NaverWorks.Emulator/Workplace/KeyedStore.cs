using System;
using System.Collections.Generic;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// The elements of one resource of one company, in insertion order so that offset/limit paging is
/// stable, with an index of the resource's unique field so a write checks it without scanning every
/// element (a scan made bulk loads quadratic: 2,000 creates into 10,000 employees took ten times as long).
/// Not thread-safe on its own: every access happens under the owning company's lock.
/// </summary>
internal sealed class KeyedStore(UniqueField? unique = null)
{
    // External keys are compared ordinally (case-sensitive): the docs say nothing, and the strict
    // choice makes a client that changes a key's case see a different element rather than a silent match.
    private readonly OrderedDictionary<string, WorkplaceRecord> _records = new(StringComparer.Ordinal);

    // Unique field value -> external key of the element holding it.
    private readonly Dictionary<string, string>? _owners = unique is null ? null : new(unique.Comparer);

    public int Count => _records.Count;

    public IEnumerable<WorkplaceRecord> Records => _records.Values;

    public bool TryGet(string externalKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkplaceRecord? record) =>
        _records.TryGetValue(externalKey, out record);

    public bool Contains(string externalKey) => _records.ContainsKey(externalKey);

    /// <summary>The external key of the element whose unique field equals <paramref name="value"/>, or null.</summary>
    public string? OwnerOf(string value) => _owners is not null && _owners.TryGetValue(value, out string? key) ? key : null;

    public void Add(WorkplaceRecord record)
    {
        _records.Add(record.ExternalKey, record);
        Index(record);
    }

    /// <summary>Replaces in place, keeping the element's position in list order.</summary>
    public void Replace(WorkplaceRecord record)
    {
        Unindex(_records[record.ExternalKey]);
        _records[record.ExternalKey] = record;
        Index(record);
    }

    public bool Remove(string externalKey)
    {
        if (!_records.Remove(externalKey, out WorkplaceRecord? removed))
        {
            return false;
        }

        Unindex(removed);
        return true;
    }

    public IEnumerable<WorkplaceRecord> Page(long offset, int limit)
    {
        for (long i = offset; i < _records.Count && i < offset + limit; i++)
        {
            yield return _records.GetAt((int)i).Value;
        }
    }

    private void Index(WorkplaceRecord record)
    {
        if (_owners is not null && record.GetString(unique!.Name) is string value)
        {
            _owners[value] = record.ExternalKey;
        }
    }

    private void Unindex(WorkplaceRecord record)
    {
        if (_owners is not null && record.GetString(unique!.Name) is string value)
        {
            _owners.Remove(value);
        }
    }
}
