using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace NaverWorks.Soak;

/// <summary>
/// Reads this process's resources the way a leak would show: managed heap after a full blocking collection (so only
/// live objects count), resident memory, open file descriptors, sockets and TCP connections, and threads.
/// Linux only: it reads /proc/self.
/// </summary>
internal static class ProcessProbe
{
    /// <summary>Live managed bytes: collects twice around the finalizers, so what finalizers free is gone too.</summary>
    public static long HeapAfterFullGc()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    /// <summary>VmRSS and RssAnon from /proc/self/status, in bytes (RssAnon leaves out mapped files such as the dlls).</summary>
    public static (long Rss, long RssAnon) ResidentMemory()
    {
        long rss = 0, anon = 0;
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line);
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kilobytes(line);
        }
        return (rss, anon);
    }

    /// <summary>Open descriptors, how many of them are sockets, and how many of those are ESTABLISHED TCP connections.</summary>
    public static (int Fds, int Sockets, int TcpEstablished) Descriptors()
    {
        int fds = 0;
        var socketInodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos())
        {
            fds++;
            string? target;
            try { target = fd.LinkTarget; }
            catch (IOException) { continue; } // closed between the listing and the read
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)) socketInodes.Add(target[8..^1]);
        }
        int established = 0;
        foreach (string table in new[] { "/proc/self/net/tcp", "/proc/self/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            // The tables list the whole network namespace (the emulator's sockets too): keep only this process's inodes.
            foreach (string line in File.ReadLines(table).Skip(1))
            {
                string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length > 9 && f[3] == "01" && socketInodes.Contains(f[9])) established++;
            }
        }
        return (fds, socketInodes.Count, established);
    }

    /// <summary>OS threads of the process (entries of /proc/self/task).</summary>
    public static int Threads() => Directory.GetDirectories("/proc/self/task").Length;

    /// <summary>Assemblies loaded in every load context (the module's private context included).</summary>
    public static int Assemblies() => AssemblyLoadContext.All.Sum(c => c.Assemblies.Count());

    /// <summary>Methods the JIT has compiled so far: tiered compilation recompiles hot methods for minutes, and its code is native memory.</summary>
    public static long JitMethods() => System.Runtime.JitInfo.GetCompiledMethodCount();

    /// <summary>Bytes glibc's malloc has handed out and not had back (small blocks and mmapped ones): native memory outside the GC.</summary>
    public static long MallocInUse()
    {
        try
        {
            var m = mallinfo2();
            return (long)(m.Uordblks + m.Hblkhd);
        }
        catch (EntryPointNotFoundException)
        {
            return -1; // not glibc, or older than 2.33
        }
    }

    public static TimeSpan Cpu()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime;
    }

    /// <summary>The 1-minute load average: the machine is shared, so the figures need it beside them.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    [DllImport("libc")]
    private static extern MallInfo2 mallinfo2();

    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint Arena, Ordblks, Smblks, Hblks, Hblkhd, Usmblks, Fsmblks, Uordblks, Fordblks, Keepcost;
    }

    private static long Kilobytes(string statusLine) =>
        long.Parse(statusLine.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
