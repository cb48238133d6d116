namespace NaverWorks.Emulator.Infrastructure;

/// <summary>Read versus write methods, as the scope rule and the fault injector see them.</summary>
internal static class HttpMethodKind
{
    public static bool IsRead(string method) =>
        string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase) || string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase);
}
