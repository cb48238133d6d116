using System;
using System.Runtime.CompilerServices;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>
/// Keeps the hosted PowerShell engine from trying to send telemetry during the tests (it reads the variable once,
/// when it first starts), so `dotnet test` needs no network beyond loopback however it is started.
/// </summary>
internal static class TelemetryOptOut
{
    [ModuleInitializer]
    internal static void Apply() => Environment.SetEnvironmentVariable("POWERSHELL_TELEMETRY_OPTOUT", "1");
}
