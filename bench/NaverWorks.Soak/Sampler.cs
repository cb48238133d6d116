using System.Diagnostics;

namespace NaverWorks.Soak;

/// <summary>
/// Takes a <see cref="Sample"/> at start, every interval and at the end, on its own thread so the workload's
/// pacing does not delay it, and appends each to the CSV file as it is taken (a run cut short keeps its samples).
/// </summary>
internal sealed class Sampler : IDisposable
{
    private readonly SoakCounters _counters;
    private readonly WireCounter _wire;
    private readonly Process _emulator;
    private readonly StreamWriter _csv;
    private readonly Stopwatch _clock = new();
    private readonly List<Sample> _samples = [];
    private readonly Lock _sync = new();
    private readonly ManualResetEventSlim _stop = new();
    private Thread? _thread;

    public Sampler(string csvPath, SoakCounters counters, WireCounter wire, int emulatorProcessId)
    {
        _counters = counters;
        _wire = wire;
        _emulator = Process.GetProcessById(emulatorProcessId);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(csvPath))!);
        _csv = new StreamWriter(csvPath, append: false);
        _csv.WriteLine(Sample.Header);
        _csv.Flush();
    }

    public IReadOnlyList<Sample> Samples { get { lock (_sync) return [.. _samples]; } }

    /// <summary>Time since <see cref="Start"/>: the workload's clock too.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Takes the first sample now, then one every <paramref name="interval"/> until <see cref="Finish"/>.</summary>
    public void Start(TimeSpan interval, Action<Sample> report)
    {
        _clock.Start();
        Take(report);
        _thread = new Thread(() =>
        {
            for (int n = 1; !_stop.Wait(Due(interval * n)); n++) Take(report);
        }) { IsBackground = true, Name = "soak sampler" };
        _thread.Start();
    }

    /// <summary>Stops the periodic samples and takes the last one.</summary>
    public void Finish(Action<Sample> report)
    {
        _stop.Set();
        _thread?.Join();
        Take(report);
    }

    private TimeSpan Due(TimeSpan at) => at > _clock.Elapsed ? at - _clock.Elapsed : TimeSpan.Zero;

    private void Take(Action<Sample> report)
    {
        long heap = ProcessProbe.HeapAfterFullGc();
        var gc = GC.GetGCMemoryInfo();
        var (rss, anon) = ProcessProbe.ResidentMemory();
        var (fds, sockets, tcp) = ProcessProbe.Descriptors();
        // The emulator's memory and CPU are not judged; they show it kept up and stayed outside this process.
        _emulator.Refresh();
        long emulatorRss = _emulator.WorkingSet64;
        var emulatorCpu = _emulator.TotalProcessorTime;
        const double Mb = 1024 * 1024;
        var sample = new Sample(
            _clock.Elapsed.TotalMinutes, DateTime.UtcNow,
            heap / Mb, gc.TotalCommittedBytes / Mb, rss / Mb, anon / Mb,
            fds, sockets, tcp, (int)_wire.OpenConnections.Value, ProcessProbe.Threads(), ThreadPool.ThreadCount, ProcessProbe.Assemblies(),
            ProcessProbe.JitMethods(), ProcessProbe.MallocInUse() / Mb,
            GC.CollectionCount(2), GC.GetTotalAllocatedBytes() / Mb, ProcessProbe.Cpu().TotalSeconds,
            _counters.Cycles.Value, _counters.Operations.Value, _counters.Items.Value, _counters.Errors.Value, _counters.Surfaced429.Value,
            _counters.Warnings.Value, _counters.TenantDrift.Value,
            _wire.Responses.Value, _wire.TooMany.Value, _wire.ClientErrors.Value, _wire.ServerErrors.Value, _wire.Failed.Value, _wire.Cancelled.Value,
            emulatorRss / Mb, emulatorCpu.TotalSeconds, ProcessProbe.LoadAverage());
        lock (_sync)
        {
            _samples.Add(sample);
            _csv.WriteLine(sample.ToCsv());
            _csv.Flush();
        }
        report(sample);
    }

    public void Dispose()
    {
        _stop.Set();
        _thread?.Join();
        _csv.Dispose();
        _stop.Dispose();
        _emulator.Dispose();
    }
}
