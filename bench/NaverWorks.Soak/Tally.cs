namespace NaverWorks.Soak;

/// <summary>A count written by one thread and read by the sampler's (hence Interlocked).</summary>
internal sealed class Tally
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Add(long n = 1) => Interlocked.Add(ref _value, n);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
