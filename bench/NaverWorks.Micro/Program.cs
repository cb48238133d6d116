using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/NaverWorks.Micro -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
