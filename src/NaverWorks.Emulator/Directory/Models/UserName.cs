namespace NaverWorks.Emulator;

/// <summary>A member's name.</summary>
public sealed record UserName
{
    /// <summary>Family name (≤80).</summary>
    public string? LastName { get; init; }

    /// <summary>Given name (≤80).</summary>
    public string? FirstName { get; init; }

    /// <summary>Phonetic family name (≤100).</summary>
    public string? PhoneticLastName { get; init; }

    /// <summary>Phonetic given name (≤100).</summary>
    public string? PhoneticFirstName { get; init; }
}
