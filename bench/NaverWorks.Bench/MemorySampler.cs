using System.Diagnostics;

namespace NaverWorks.Bench;

/// <summary>Samples the process's working set and managed heap while a measurement runs, keeping the peaks.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;

    public MemorySampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        BaselineWorkingSet = Current();
        BaselineHeap = GC.GetTotalMemory(false);
        PeakWorkingSet = BaselineWorkingSet;
        PeakHeap = BaselineHeap;
        _thread = new Thread(Sample) { IsBackground = true };
        _thread.Start();
    }

    public long BaselineWorkingSet { get; }
    public long BaselineHeap { get; }
    public long PeakWorkingSet { get; private set; }
    public long PeakHeap { get; private set; }

    private static long Current()
    {
        using var p = Process.GetCurrentProcess();
        return p.WorkingSet64;
    }

    private void Sample()
    {
        while (!_stop)
        {
            PeakWorkingSet = Math.Max(PeakWorkingSet, Current());
            PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(false));
            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }
}
