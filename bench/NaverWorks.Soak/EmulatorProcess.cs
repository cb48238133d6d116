using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NaverWorks.Soak;

/// <summary>
/// The emulator as a separate process (the executable users run), so its tenant, journal and Kestrel live outside
/// the measured process. Started on a free loopback port; stopped with SIGTERM so it deletes its key and info files.
/// </summary>
internal sealed class EmulatorProcess(Process process, string folder, EmulatorInfo info) : IDisposable
{
    public EmulatorInfo Info => info;

    public int Id => process.Id;

    public static EmulatorProcess Start(string path, SoakOptions o)
    {
        string temp = Directory.CreateTempSubdirectory("naverworks-soak-").FullName;
        string infoFile = Path.Combine(temp, "emulator.json");
        bool dll = path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? "dotnet" : path)
        {
            RedirectStandardOutput = true, // the banner repeats the demo credentials; nothing else is printed
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dll) start.ArgumentList.Add(path);
        foreach (string a in new[]
                 {
                     "--urls", "http://127.0.0.1:0", "--seed-users", $"{o.SeedUsers}", "--rate-limit", $"{o.Rate}",
                     "--token-lifetime", $"{o.TokenLifetimeSeconds}", "--info-file", infoFile,
                 })
            start.ArgumentList.Add(a);
        var child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + path);
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("emulator: " + e.Data); };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        while (!File.Exists(infoFile))
        {
            if (child.HasExited) throw new InvalidOperationException($"the emulator exited with {child.ExitCode} before listening");
            if (watch.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("the emulator did not write " + infoFile);
            Thread.Sleep(100);
        }
        return new EmulatorProcess(child, temp, EmulatorInfo.Read(infoFile));
    }

    /// <summary>The emulator's resident memory and CPU time so far (it is not what is judged, but shows it kept up).</summary>
    public (long WorkingSet, TimeSpan Cpu) Usage()
    {
        process.Refresh();
        return (process.WorkingSet64, process.TotalProcessorTime);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            if (!OperatingSystem.IsWindows()) _ = kill(process.Id, 15); // SIGTERM: the emulator shuts down cleanly
            if (!process.WaitForExit(10_000)) process.Kill();
        }
        process.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
