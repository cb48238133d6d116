using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A name in another language (<c>i18nNames</c> of org units, levels and positions).</summary>
    public sealed class LocalizedName : WorksObject
    {
        /// <summary>Language code: ko_KR, ja_JP, zh_CN, zh_TW or en_US.</summary>
        public string? Language { get; set; }

        /// <summary>The name.</summary>
        public string? Name { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{Language}: {Name}";
    }
}
