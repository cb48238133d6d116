using System.Globalization;
using NaverWorks.Bench;
using NaverWorks.Soak;

// dotnet run -c Release --no-build --project bench/NaverWorks.Soak -- [--minutes 30] [--rate 600] … (see SoakOptions.Usage)
// Hosted PowerShell sends usage telemetry to Azure unless told not to: before the engine loads, so no request of
// this process goes anywhere but to the emulator (WireCounter counts any that does).
Environment.SetEnvironmentVariable("POWERSHELL_TELEMETRY_OPTOUT", "1");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var o = SoakOptions.Parse(args);
if (o is null) return 2;
string csv = o.CsvPath ?? Path.Combine(RepoPaths.Results, $"soak-{o.Minutes:0.#}min.csv");

Console.WriteLine($"# Soak: {o.Minutes:0.#} min of mixed reads and writes at R = {o.Rate}/min per operation (emulator and both sessions)");
Console.WriteLine($"- batch {o.Batch} users, {o.Events} events, {o.Employees} WORKPLACE employees per cycle; {o.SeedUsers} seeded users, {o.ResidentEmployees} resident employees; token lifetime {o.TokenLifetimeSeconds} s");
Console.WriteLine($"- {Verdict.Thresholds}");
Console.WriteLine($"- load average before: {File.ReadAllText("/proc/loadavg").Trim()}");

var counters = new SoakCounters();
using var wire = new WireCounter();
using var emulator = await EmulatorProcess.StartAsync(
    "--seed-users", $"{o.SeedUsers}", "--rate-limit", $"{o.Rate}", "--token-lifetime", $"{o.TokenLifetimeSeconds}");
Console.WriteLine($"- emulator: pid {emulator.ProcessId}, {emulator["apiEndpoint"]}");
using var session = SoakSession.Open(emulator, o.Rate, counters, wire);
Console.WriteLine($"- module: {session.ModuleAssembly}");
var workload = new MixedWorkload(session, counters, o);
workload.Prepare();
Console.WriteLine($"- tenant before the loop: {workload.Baseline.Users} users, {workload.Baseline.Employees} WORKPLACE employees");
Console.WriteLine($"- samples: {csv}");
Console.WriteLine();
Console.WriteLine("minute  heapGC  RSS    fds sock tcp thr  cycles  ops    resp   429w err");

using var sampler = new Sampler(csv, counters, wire, emulator.ProcessId);
void Report(Sample s) => Console.WriteLine(
    $"{s.Minute,6:0.0} {s.HeapAfterGcMb,7:0.0} {s.RssMb,6:0.0} {s.Fds,4} {s.Sockets,4} {s.TcpEstablished,3} {s.Threads,3} {s.Cycles,7} {s.Operations,6} {s.Responses,7} {s.Wire429,4} {s.Errors,3}");
sampler.Start(TimeSpan.FromSeconds(o.SampleSeconds), Report);
for (int cycle = 1; sampler.Elapsed < o.Duration; cycle++) workload.RunCycle(cycle);
sampler.Finish(Report);

bool asBefore = workload.TenantIsAsBefore(out string tenant);
var samples = sampler.Samples;
var verdict = new Verdict(samples, o.Minutes, counters, asBefore);
double steadyMinutes = samples[^1].Minute - verdict.Warm;
var warmSample = samples.MinBy(s => Math.Abs(s.Minute - verdict.Warm))!;
Console.WriteLine();
Console.WriteLine($"## Per period");
Console.WriteLine(SummaryTable.Markdown(samples, o.Minutes, o.Batch));
Console.WriteLine($"## Totals");
Console.WriteLine($"- {counters.Cycles} cycles, {counters.Operations} operations, {counters.Items} objects; {wire.Responses} HTTP answers, {wire.TooMany} of them 429 (retried by the transport), {wire.ClientErrors} other 4xx, {wire.ServerErrors} 5xx, {wire.Failed} failed without an answer{(wire.LastFailure is null ? "" : $" (last: {wire.LastFailure})")}, {wire.Cancelled} cancelled by the module (read-ahead past -First); {wire.OtherHosts} to hosts other than the emulator{(wire.OtherHost is null ? "" : $" (last: {wire.OtherHost})")}");
Console.WriteLine($"- after warm-up: {(samples[^1].Cycles - warmSample.Cycles) * o.Batch / steadyMinutes:0} users created/min (R = {o.Rate}), {(samples[^1].Operations - warmSample.Operations) / steadyMinutes:0} operations/min, {(samples[^1].Responses - warmSample.Responses) / steadyMinutes:0} requests/min");
Console.WriteLine($"- errors {counters.Errors}, 429 surfaced {counters.Surfaced429}, warnings {counters.Warnings}, tenant drift {counters.TenantDrift}");
Console.WriteLine($"- tenant after the loop: {tenant}");
Console.WriteLine("- per operation (mean time, HTTP requests):");
foreach (string line in session.Times()) Console.WriteLine("  - " + line);
Console.WriteLine($"- emulator or ASP.NET Core loaded in this process: {(AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name is { } n && (n.StartsWith("NaverWorks.Emulator", StringComparison.Ordinal) || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))) ? "YES" : "no")}");
Console.WriteLine($"- load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine();
Console.WriteLine($"## Verdict: {(verdict.Pass ? "PASS" : "FAIL")} (first window minutes {verdict.First.From:0.#}–{verdict.First.To:0.#}, last window from minute {verdict.Last.From:0.#})");
foreach (string line in verdict.Lines) Console.WriteLine(line);
return verdict.Pass ? 0 : 1;
