using System;
using System.Collections.Generic;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// The elements of one resource of one company, in insertion order so that offset/limit paging is
/// stable. Not thread-safe on its own: every access happens under the owning company's lock.
/// </summary>
internal sealed class KeyedStore
{
    // External keys are compared ordinally (case-sensitive): the docs say nothing, and the strict
    // choice makes a client that changes a key's case see a different element rather than a silent match.
    private readonly OrderedDictionary<string, WorkplaceRecord> _records = new(StringComparer.Ordinal);

    public int Count => _records.Count;

    public IEnumerable<WorkplaceRecord> Records => _records.Values;

    public bool TryGet(string externalKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkplaceRecord? record) =>
        _records.TryGetValue(externalKey, out record);

    public bool Contains(string externalKey) => _records.ContainsKey(externalKey);

    public void Add(WorkplaceRecord record) => _records.Add(record.ExternalKey, record);

    /// <summary>Replaces in place, keeping the element's position in list order.</summary>
    public void Replace(WorkplaceRecord record) => _records[record.ExternalKey] = record;

    public bool Remove(string externalKey) => _records.Remove(externalKey);

    public IEnumerable<WorkplaceRecord> Page(long offset, int limit)
    {
        for (long i = offset; i < _records.Count && i < offset + limit; i++)
        {
            yield return _records.GetAt((int)i).Value;
        }
    }
}
