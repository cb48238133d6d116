using System.Globalization;
using NaverWorks.Bench;

// dotnet run -c Release --project bench/NaverWorks.Bench -- [all|bulk-limited|bulk-unlimited|wp-bulk-limited|wp-bulk-unlimited|list|get|parse|scale|compare] [--sizes 1000,10000] [--module-rate M] [--warm-up W] [--calls N] [--users N] [--rate R] [--throttle T] [--list-users N] [--rounds K] [--latency-ms L]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
string what = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "all";
int Option(string name, int fallback)
{
    int i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
int users = Option("users", 2000), rate = Option("rate", 1000), throttle = Option("throttle", 8), listUsers = Option("list-users", 100_000), rounds = Option("rounds", 5), latencyMs = Option("latency-ms", 0);
static string Mb(long bytes) => $"{bytes / 1048576.0:0.0} MB";
string Distance() => latencyMs == 0 ? "loopback, no added latency" : $"{latencyMs} ms added to every answer";

if (what == "parse") { await ParseProbe.RunAsync(listUsers); return; }
if (what == "scale")
{
    // --sizes 1000,10000,100000 (default); list rounds from --rounds (default 5); bulk rounds 5 up to 1,000 rows, 3 up to 10,000, else 1.
    int i = Array.IndexOf(args, "--sizes");
    int[] sizes = i >= 0 ? args[i + 1].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000, 100_000];
    Console.WriteLine($"## Scale: list and bulk-create N users, loopback, emulator out of process, ThrottleLimit {throttle}");
    Console.WriteLine("| N | run | elapsed | per item | allocated per item | peak working set Δ | peak managed heap Δ | heap kept after full GC |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    void Row(ScaleBench.Cost c) => Console.WriteLine(
        $"| {c.Items:N0} | {c.What} | {c.Elapsed.TotalSeconds:0.000} s | {c.MicrosPerItem:0.0} µs | {c.AllocatedPerItem / 1024:0.0} KB | {Mb(c.WorkingSetPeakDelta)} | {Mb(c.HeapPeakDelta)} | {Mb(c.HeapRetained)} |");
    foreach (int n in sizes)
    {
        Row(await ScaleBench.ListAsync(n, rounds));
        var (bulk, generated) = await ScaleBench.BulkAsync(n, n <= 1_000 ? 5 : n <= 10_000 ? 3 : 1, throttle);
        Row(bulk);
        Row(generated);
    }
    return;
}
if (what == "compare")
{
    // Emulator out of process, long warm-ups, alternating rounds: the module-vs-raw ratios as an administrator's machine sees them.
    Console.WriteLine($"## Module vs raw HttpClient, emulator out of process, {Distance()}, median of {rounds} alternating rounds");
    Console.WriteLine("| comparison | module | raw | module / raw time |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var p in await CompareBench.RunAsync(listUsers, users, Option("calls", 2000), rounds, throttle, latencyMs))
        Console.WriteLine($"| {p.What} | {p.Module:0.000} {p.Unit} | {p.Raw:0.000} {p.Unit} | {p.Ratio:0.00} |");
    return;
}
if (what == "get")
{
    int calls = Option("calls", 500);
    Console.WriteLine($"## Single GET: Get-WorksUser -Id vs a bare HttpClient GET + JsonDocument, {calls} sequential calls, median of {rounds} rounds, {Distance()}");
    var g = await GetBench.RunAsync(calls, rounds, TimeSpan.FromMilliseconds(latencyMs));
    Console.WriteLine($"- Get-WorksUser -Id: {g.ModuleMs:0.000} ms per call");
    Console.WriteLine($"- raw HttpClient:    {g.RawMs:0.000} ms per call");
    Console.WriteLine($"- module / raw time = {g.Ratio:0.00} (median of per-round ratios)");
    return;
}
void PrintLimited(BulkBench.ModuleRun r, string noun, string operation)
{
    Console.WriteLine($"- elapsed {r.Elapsed.TotalSeconds:0.0} s; created {r.Created}/{r.Users}; errors {r.Errors} (429 surfaced: {r.LimitErrors})");
    Console.WriteLine($"- {operation} sent {r.Posts}, answered 429 on the wire {r.WireTooMany}");
    Console.WriteLine($"- overall {r.Created / r.Elapsed.TotalMinutes:0} {noun}/min; sustained after the first minute's budget {r.SteadyPerMinute:0}/min = {r.SteadyPerMinute / rate:0.000} x R");
    Console.WriteLine();
}

if (what is "all" or "bulk-limited")
{
    Console.WriteLine($"## Bulk create, rate-limited: {users} users, R = {rate}/min per operation (emulator and session), ThrottleLimit {throttle}");
    PrintLimited(await BulkBench.ModuleAsync(users, rate, throttle, TimeSpan.Zero), "users", "POST /users");
}
if (what is "all" or "bulk-unlimited")
{
    Console.WriteLine($"## Bulk create, no limit: {users} users, ThrottleLimit {throttle} vs {throttle} raw HttpClient loops, {Distance()}");
    var module = await BulkBench.ModuleAsync(users, 0, throttle, TimeSpan.FromMilliseconds(latencyMs));
    var raw = await BulkBench.RawAsync(users, throttle, TimeSpan.FromMilliseconds(latencyMs));
    double moduleRate = module.Created / module.Elapsed.TotalSeconds, rawRate = users / raw.TotalSeconds;
    Console.WriteLine($"- New-WorksUser: {module.Elapsed.TotalSeconds:0.00} s, {moduleRate:0} users/s (created {module.Created}, errors {module.Errors})");
    Console.WriteLine($"- raw HttpClient: {raw.TotalSeconds:0.00} s, {rawRate:0} users/s");
    Console.WriteLine($"- module / raw throughput = {moduleRate / rawRate:0.00}");
    Console.WriteLine();
}
if (what is "all" or "wp-bulk-limited")
{
    // --module-rate M (diagnostic): the session's own limit differs from the gateway's; 0 leaves pacing to the 429 handling.
    int moduleRate = Option("module-rate", rate);
    Console.WriteLine($"## WORKPLACE bulk create, rate-limited: {users} employees, R = {rate}/min per operation (emulator gateway), session limit {moduleRate}/min, ThrottleLimit {throttle}");
    PrintLimited(await WorkplaceBulkBench.ModuleAsync(users, rate, throttle, TimeSpan.Zero, moduleRate), "employees", "POST /employee/{externalKey}");
}
if (what is "all" or "wp-bulk-unlimited")
{
    // --warm-up W: rows each side creates before the measured rounds (default 2,000: JIT settles, see bench/README.md).
    int warmUp = Option("warm-up", 2000);
    Console.WriteLine($"## WORKPLACE bulk create, no limit: {users} employees, ThrottleLimit {throttle} vs {throttle} raw signed HttpClient loops, {Distance()}, median of {rounds} paired rounds after {warmUp} warm-up rows each");
    var c = await WorkplaceBulkBench.CompareAsync(users, throttle, TimeSpan.FromMilliseconds(latencyMs), rounds, warmUp);
    Console.WriteLine($"- New-WorkplaceEmployee: {c.Module.TotalSeconds:0.00} s, {users / c.Module.TotalSeconds:0} employees/s (created {c.Created}/{users * rounds}, errors {c.Errors})");
    Console.WriteLine($"- raw HttpClient: {c.Raw.TotalSeconds:0.00} s, {users / c.Raw.TotalSeconds:0} employees/s");
    Console.WriteLine($"- module / raw throughput = {c.Ratio:0.00} (median of per-round ratios)");
    Console.WriteLine($"- this process per row (emulator included on both sides): New-WorkplaceEmployee {c.ModuleCost.CpuMicros:0} µs CPU, {c.ModuleCost.AllocatedKb:0.0} KB allocated; raw {c.RawCost.CpuMicros:0} µs CPU, {c.RawCost.AllocatedKb:0.0} KB");
    Console.WriteLine();
}
if (what is "all" or "list")
{
    Console.WriteLine($"## List {listUsers} users (pages of 100), median of {rounds} rounds, {Distance()}");
    var r = await ListBench.RunAsync(listUsers, rounds, TimeSpan.FromMilliseconds(latencyMs));
    Console.WriteLine($"- raw HttpClient paging + JsonDocument: {r.Raw.TotalSeconds:0.00} s ({r.RawRequests} requests)");
    Console.WriteLine($"- Get-WorksUser | Out-Null: {r.Module.TotalSeconds:0.00} s ({r.ModuleRequests} requests); module / raw time = {r.PairedRatio:0.00} (median of per-round ratios)");
    Console.WriteLine($"- Get-WorksUser | ForEach-Object {{ $n++ }}: {r.ModuleForEach.TotalSeconds:0.00} s; module / raw = {r.PairedRatioForEach:0.00} (the script block is PowerShell's own cost per object)");
    Console.WriteLine($"- memory during the listing: working set {Mb(r.BaselineWorkingSet)} -> peak {Mb(r.PeakWorkingSet)} (+{Mb(r.PeakWorkingSet - r.BaselineWorkingSet)}); managed heap {Mb(r.BaselineHeap)} -> peak {Mb(r.PeakHeap)} (+{Mb(r.PeakHeap - r.BaselineHeap)}); the process also hosts the emulator and its {listUsers} users");
    Console.WriteLine($"- first object after {r.FirstObject.TotalMilliseconds:0} ms, when {r.PageRequestsAtFirstObject} page request(s) had been made");
}
