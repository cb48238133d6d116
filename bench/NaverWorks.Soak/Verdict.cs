namespace NaverWorks.Soak;

/// <summary>
/// Compares the first steady-state window (after warm-up and JIT) with the last window of the run, against
/// thresholds fixed before the run: a leak shows as a level that rises between the two windows and a positive
/// slope, while a steady process only wanders inside its range.
/// </summary>
internal sealed class Verdict
{
    private readonly List<string> _lines = [];

    public Verdict(IReadOnlyList<Sample> samples, double minutes, SoakCounters counters, bool tenantAsBefore)
    {
        // Minutes 2-5 against the last 5 of a 30-minute run; the same proportions for a short harness check.
        Warm = Math.Min(2, minutes * 0.2);
        First = (Warm, Warm + Math.Min(3, minutes * 0.3));
        Last = (minutes - Math.Min(5, minutes * 0.3), double.MaxValue); // up to the sample taken when the loop stopped
        var steady = samples.Where(s => s.Minute >= Warm).ToList();
        var first = samples.Where(s => s.Minute >= First.From && s.Minute <= First.To).ToList();
        var last = samples.Where(s => s.Minute >= Last.From).ToList();
        if (first.Count == 0 || last.Count == 0)
        {
            Pass = false;
            _lines.Add("- too few samples to compare the windows: run longer or sample more often (--sample-seconds)");
            return;
        }

        Level("managed heap after full GC", "MB", s => s.HeapAfterGcMb, 5);
        Level("working set (RSS)", "MB", s => s.RssMb, 20);
        Peak("open file descriptors", s => s.Fds, 2);
        Peak("ESTABLISHED TCP connections", s => s.TcpEstablished, 2);
        Peak("threads", s => s.Threads, 4);
        Check("errors surfaced", counters.Errors.Value, 0);
        Check("429 surfaced", counters.Surfaced429.Value, 0);
        Check("listings that did not count what the tenant should hold", counters.TenantDrift.Value, 0);
        Pass &= tenantAsBefore;
        _lines.Add($"- tenant as before the loop: {(tenantAsBefore ? "yes" : "NO")}");

        // Not judged: where RSS beyond the GC heap goes, to tell a warm-up that levels off from a native leak
        // (the slope over the second half of the run says whether it still rises).
        var secondHalf = samples.Where(s => s.Minute >= minutes / 2).ToList();
        Info("native memory outside the GC heap (RssAnon − GC committed)", "MB", s => s.RssAnonMb - s.GcCommittedMb);
        Info("malloc in use (glibc)", "MB", s => s.MallocMb);
        Info("JIT-compiled methods", "", s => s.JitMethods);
        Info("GC committed", "MB", s => s.GcCommittedMb);
        void Info(string name, string unit, Func<Sample, double> value) =>
            _lines.Add($"- (not judged) {name}: mean {first.Average(value):0.0} → {last.Average(value):0.0} {unit}; " +
                       $"slope {Slope(steady, value):+0.00;-0.00;0.00} {unit}/10 min, over the second half {Slope(secondHalf, value):+0.00;-0.00;0.00} {unit}/10 min");

        // Growth of the mean level (memory wanders with the moment of the sample) or of the peak (counts of handles
        // and threads step up and down with the connection pool and the thread pool; a leak raises the peak).
        void Level(string name, string unit, Func<Sample, double> value, double limit) =>
            Judge(name, unit, first.Average(value), last.Average(value), value, $"< {limit} {unit}", last.Average(value) - first.Average(value) < limit, "mean");
        void Peak(string name, Func<Sample, double> value, double limit) =>
            Judge(name, "", first.Max(value), last.Max(value), value, $"≤ +{limit}", last.Max(value) - first.Max(value) <= limit, "max");
        void Judge(string name, string unit, double a, double b, Func<Sample, double> value, string limit, bool ok, string how)
        {
            Pass &= ok;
            _lines.Add($"- {name}: {how} {a:0.0} → {b:0.0} {unit} ({b - a:+0.0;-0.0;0.0}, limit {limit}); " +
                       $"slope {Slope(steady, value):+0.00;-0.00;0.00} {unit}/10 min: {(ok ? "pass" : "FAIL")}");
        }
    }

    public double Warm { get; }
    public (double From, double To) First { get; }
    public (double From, double To) Last { get; }
    public bool Pass { get; private set; } = true;
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The thresholds, printed before the run starts.</summary>
    public static string Thresholds =>
        "pass if, between the first steady window and the last: heap after full GC grows < 5 MB (mean), RSS < 20 MB (mean), " +
        "file descriptors ≤ +2, ESTABLISHED TCP ≤ +2, threads ≤ +4 (peak); and 0 errors, 0 surfaced 429, 0 tenant drift";

    private void Check(string name, long value, long limit)
    {
        bool ok = value <= limit;
        Pass &= ok;
        _lines.Add($"- {name}: {value}: {(ok ? "pass" : "FAIL")}");
    }

    /// <summary>Least-squares slope per 10 minutes.</summary>
    private static double Slope(List<Sample> samples, Func<Sample, double> value)
    {
        if (samples.Count < 2) return double.NaN;
        double mx = samples.Average(s => s.Minute), my = samples.Average(value);
        double sxy = samples.Sum(s => (s.Minute - mx) * (value(s) - my)), sxx = samples.Sum(s => (s.Minute - mx) * (s.Minute - mx));
        return sxx == 0 ? double.NaN : sxy / sxx * 10;
    }
}
