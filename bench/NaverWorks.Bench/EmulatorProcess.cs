using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace NaverWorks.Bench;

/// <summary>
/// The emulator as a child process, started with <c>--info-file</c> and stopped on dispose. The scale benchmark
/// uses it so that this process's memory is the module's and PowerShell's alone: an in-process emulator's store
/// grows with every user created and would be counted as the client's.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private EmulatorProcess(Process process, string folder, Dictionary<string, JsonElement> info)
    {
        _process = process;
        _folder = folder;
        Info = info;
    }

    /// <summary>The connection file's values: apiEndpoint, authEndpoint, clientId, clientSecret, serviceAccount, privateKeyPath, scopes …</summary>
    public Dictionary<string, JsonElement> Info { get; }

    /// <summary>Starts the emulator built beside this program with <paramref name="arguments"/> and waits until it listens.</summary>
    public static async Task<EmulatorProcess> StartAsync(params string[] arguments)
    {
        string folder = Directory.CreateTempSubdirectory("naverworks-bench-").FullName;
        string infoFile = Path.Combine(folder, "emulator.json");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "NaverWorks.Emulator.exe" : "NaverWorks.Emulator"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments.Concat(["--urls", "http://127.0.0.1:0", "--info-file", infoFile])) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The emulator did not start.");
        // Drained and dropped: a full pipe would block the emulator's console writes.
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Seeding 100,000 users takes a while before the file appears.
        var waited = Stopwatch.StartNew();
        while (!File.Exists(infoFile))
        {
            if (process.HasExited || waited.Elapsed > TimeSpan.FromMinutes(3))
            {
                if (!process.HasExited) process.Kill();
                throw new InvalidOperationException($"The emulator did not write {infoFile} (exit code {(process.HasExited ? process.ExitCode : -1)}).");
            }
            await Task.Delay(50);
        }
        var info = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllBytes(infoFile))!;
        return new EmulatorProcess(process, folder, info);
    }

    /// <summary>The emulator's process id (the soak reads its memory and CPU beside its own).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The string value <paramref name="name"/> of the connection file.</summary>
    public string this[string name] => Info[name].ToString();

    /// <summary>The demo app's scopes.</summary>
    public string[] Scopes => Info["scopes"].EnumerateArray().Select(s => s.GetString()!).ToArray();

    public void Dispose()
    {
        // SIGTERM first, so the emulator deletes its key and info files itself; a kill only if it does not stop.
        if (!OperatingSystem.IsWindows()) Kill(_process.Id, 15);
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
