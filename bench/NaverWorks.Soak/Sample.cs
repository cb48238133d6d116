using System.Globalization;
using System.Reflection;

namespace NaverWorks.Soak;

/// <summary>One row of the samples file: the process's resources at a moment, and the work done up to it.</summary>
internal sealed record Sample(
    double Minute,
    DateTime Utc,
    double HeapAfterGcMb,
    double GcCommittedMb,
    double RssMb,
    double RssAnonMb,
    int Fds,
    int Sockets,
    int TcpEstablished,
    int OpenConnections,
    int Threads,
    int PoolThreads,
    int Assemblies,
    long JitMethods,
    double MallocMb,
    int Gen2Collections,
    double AllocatedMb,
    double CpuSeconds,
    long Cycles,
    long Operations,
    long Items,
    long Errors,
    long Surfaced429,
    long Warnings,
    long TenantDrift,
    long Responses,
    long Wire429,
    long Wire4xx,
    long Wire5xx,
    long WireFailed,
    long WireCancelled,
    double EmulatorRssMb,
    double EmulatorCpuSeconds,
    double Load1)
{
    // The positional properties, in declaration order: the header and every row come from the same list.
    private static readonly PropertyInfo[] Columns = typeof(Sample).GetProperties(BindingFlags.Instance | BindingFlags.Public);

    public static string Header { get; } = string.Join(',', Columns.Select(p => p.Name));

    public string ToCsv() => string.Join(',', Columns
        .Select(p => p.GetValue(this) switch
        {
            double d => d.ToString("0.###", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        }));
}
