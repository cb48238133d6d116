namespace NaverWorks.Emulator.Directory;

/// <summary>
/// Ids shaped like the documented ones: a GUID whose leading characters are replaced by the
/// resource prefix (<c>userf7da-f82c-…</c>, <c>orgunitf-f27f-…</c>, <c>position-7027-…</c>).
/// </summary>
internal static class ResourceIds
{
    public static string New(string prefix)
    {
        var guid = Guid.NewGuid().ToString("D");
        return prefix + guid[prefix.Length..];
    }
}
