namespace NaverWorks.Emulator;

/// <summary>A member's name in another language.</summary>
public sealed record UserI18nName
{
    /// <summary>Language code: ko_KR, ja_JP, zh_CN, zh_TW or en_US.</summary>
    public string? Language { get; init; }

    /// <summary>Given name (≤100).</summary>
    public string? FirstName { get; init; }

    /// <summary>Family name (≤100).</summary>
    public string? LastName { get; init; }
}
