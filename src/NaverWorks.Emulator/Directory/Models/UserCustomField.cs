namespace NaverWorks.Emulator;

/// <summary>A value of a tenant-defined custom profile field.</summary>
public sealed record UserCustomField
{
    /// <summary>Custom field id.</summary>
    public string? CustomFieldId { get; init; }

    /// <summary>Value.</summary>
    public string? Value { get; init; }

    /// <summary>Link.</summary>
    public string? Link { get; init; }
}
