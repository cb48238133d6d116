namespace NaverWorks.Bench;

/// <summary>The medians every benchmark reports (of rounds, of per-round ratios), one definition for all.</summary>
internal static class Stats
{
    /// <summary>The middle value; with an even count, the mean of the two middle ones.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        int n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>The middle duration, as <see cref="Median(IEnumerable{double})"/>.</summary>
    public static TimeSpan Median(IEnumerable<TimeSpan> values) => TimeSpan.FromTicks((long)Median(values.Select(v => (double)v.Ticks)));
}
