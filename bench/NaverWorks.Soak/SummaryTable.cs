using System.Text;

namespace NaverWorks.Soak;

/// <summary>The run in periods (5 minutes for a full run): resources at the end of each, and the work done in it.</summary>
internal static class SummaryTable
{
    /// <summary>Periods of the nominal run length; the last one ends with the sample taken when the loop stopped.</summary>
    public static string Markdown(IReadOnlyList<Sample> samples, double minutes, int batch)
    {
        double period = minutes >= 10 ? 5 : minutes / 4;
        var sb = new StringBuilder();
        sb.AppendLine("| minutes | heap after GC (MB) | RSS (MB) | fds | TCP | threads | operations/min | requests/min | users created/min | 429 on the wire | errors | driver CPU | emulator CPU | load |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (double from = 0; from < minutes - 1e-9; from += period)
        {
            double to = Math.Min(from + period, minutes);
            // The sample nearest each boundary (the last one is taken when the loop has stopped).
            Sample a = Nearest(samples, from), b = to >= minutes - 1e-9 ? samples[^1] : Nearest(samples, to);
            double span = b.Minute - a.Minute;
            if (span <= 0) continue;
            double Rate(Func<Sample, double> v) => (v(b) - v(a)) / span;
            double Cpu(Func<Sample, double> v) => (v(b) - v(a)) / (span * 60) * 100;
            sb.AppendLine($"| {from:0.#}–{to:0.#} | {b.HeapAfterGcMb:0.0} | {b.RssMb:0.0} | {b.Fds} | {b.TcpEstablished} | {b.Threads} | " +
                          $"{Rate(s => s.Operations):0} | {Rate(s => s.Responses):0} | {Rate(s => s.Cycles) * batch:0} | {b.Wire429 - a.Wire429} | {b.Errors - a.Errors} | " +
                          $"{Cpu(s => s.CpuSeconds):0} % | {Cpu(s => s.EmulatorCpuSeconds):0} % | {b.Load1:0.0} |");
        }
        return sb.ToString();
    }

    private static Sample Nearest(IReadOnlyList<Sample> samples, double minute) =>
        samples.MinBy(s => Math.Abs(s.Minute - minute))!;
}
