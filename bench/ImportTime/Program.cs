// Import-time benchmark. Parent mode starts N child processes per manifest; each child opens a runspace,
// times Import-Module once (the cold import an administrator's session pays) and a second import in a new
// runspace of the same process (what a job or a -Parallel runspace pays), and prints both in milliseconds.
// A third kind of child first imports the empty manifest, then times the module's first import: the engine's
// own first-import work is then paid, and what is left is the module's cold cost alone.
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

if (args.Length >= 2 && args[0] == "--child") return Child(args[1], args.Length > 2 ? args[2] : null);

string repo = FindRepo();
int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
string empty = Path.Combine(Path.GetTempPath(), "EmptyModule-" + Environment.ProcessId, "EmptyModule.psd1");
Directory.CreateDirectory(Path.GetDirectoryName(empty)!);
File.WriteAllText(empty, "@{ ModuleVersion = '1.0.0'; CmdletsToExport = @(); FunctionsToExport = @() }");

string manifest = Path.Combine(repo, "NaverWorks.psd1");
var module = Measure(manifest, null, runs);
var baseline = Measure(empty, null, runs);
var afterEngine = Measure(manifest, empty, runs);
Console.WriteLine($"| manifest | cold import, median of {runs} (ms) | first import after the engine's (empty manifest first), median (ms) | warm-process new runspace, median (ms) |");
Console.WriteLine("|---|---|---|---|");
Console.WriteLine($"| NaverWorks.psd1 | {module.Cold:0} | {afterEngine.Cold:0} | {module.Warm:0} |");
Console.WriteLine($"| empty manifest | {baseline.Cold:0} | {baseline.Warm:0} | {baseline.Warm:0} |");
Console.WriteLine($"| ratio | {module.Cold / baseline.Cold:0.0}x | — | {module.Warm / baseline.Warm:0.0}x |");
return 0;

// With a warm-up manifest, "Cold" is the first import of the manifest after the warm-up manifest's import.
static (double Cold, double Warm) Measure(string manifest, string? warmUp, int runs)
{
    var cold = new List<double>();
    var warm = new List<double>();
    for (int i = 0; i < runs; i++)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, $"\"{typeof(Program).Assembly.Location}\" --child \"{manifest}\"")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Environment.ProcessPath!.EndsWith("ImportTime", StringComparison.Ordinal) || Environment.ProcessPath.EndsWith("ImportTime.exe", StringComparison.Ordinal))
            start.Arguments = $"--child \"{manifest}\"";
        if (warmUp is not null) start.Arguments += $" \"{warmUp}\"";
        using var p = Process.Start(start)!;
        string[] parts = p.StandardOutput.ReadToEnd().Trim().Split(' ');
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"child failed for {manifest}");
        cold.Add(double.Parse(parts[0], CultureInfo.InvariantCulture));
        warm.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
    }
    return (Median(cold), Median(warm));
}

static int Child(string manifest, string? warmUp)
{
    // Open the runspace first: the engine's own start-up is not the module's cost.
    double Import(string manifest)
    {
        using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript("$null");
        ps.Invoke();
        ps.Commands.Clear();
        ps.AddCommand("Import-Module").AddParameter("Name", manifest).AddParameter("ErrorAction", "Stop");
        var watch = Stopwatch.StartNew();
        ps.Invoke();
        return watch.Elapsed.TotalMilliseconds;
    }
    if (warmUp is not null) Import(warmUp);
    double cold = Import(manifest);
    double warm = Import(manifest);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cold:0.0} {warm:0.0}"));
    return 0;
}

static double Median(List<double> values)
{
    values.Sort();
    int n = values.Count;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "NaverWorks.psd1"))) return dir.FullName;
    throw new InvalidOperationException("Run from inside the repository.");
}
