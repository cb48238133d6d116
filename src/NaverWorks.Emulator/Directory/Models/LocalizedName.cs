namespace NaverWorks.Emulator;

/// <summary>A name in another language (org units, levels, positions): <c>{name, language}</c>.</summary>
public sealed record LocalizedName
{
    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>Language code: ko_KR, ja_JP, zh_CN, zh_TW or en_US.</summary>
    public string? Language { get; init; }
}
