using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A member's name in another language.</summary>
    public sealed class UserI18nName : WorksObject
    {
        /// <summary>Language code: ko_KR, ja_JP, zh_CN, zh_TW or en_US.</summary>
        public string? Language { get; set; }

        /// <summary>Given name.</summary>
        public string? FirstName { get; set; }

        /// <summary>Family name.</summary>
        public string? LastName { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{Language}: {LastName} {FirstName}".Trim();
    }
}
