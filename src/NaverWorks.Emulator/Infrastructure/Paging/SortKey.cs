namespace NaverWorks.Emulator.Infrastructure.Paging;

/// <summary>
/// A position in a stable list order: text first (ordinal), then a number, then the creation
/// sequence, which is unique, so no two items ever share a key and a cursor is never ambiguous.
/// </summary>
internal readonly record struct SortKey(string Text, long Number, long Seq) : IComparable<SortKey>
{
    public static SortKey BySeq(long seq) => new("", 0, seq);

    public int CompareTo(SortKey other)
    {
        var c = string.CompareOrdinal(Text, other.Text);
        if (c != 0)
        {
            return c;
        }

        c = Number.CompareTo(other.Number);
        return c != 0 ? c : Seq.CompareTo(other.Seq);
    }
}
