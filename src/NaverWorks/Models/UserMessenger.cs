using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A member's messenger account (<c>messenger</c>).</summary>
    public sealed class UserMessenger : WorksObject
    {
        /// <summary>LINE, FACEBOOK, TWITTER, X or CUSTOM.</summary>
        public string? Protocol { get; set; }

        /// <summary>The protocol's name when CUSTOM.</summary>
        public string? CustomProtocol { get; set; }

        /// <summary>The account id.</summary>
        public string? MessengerId { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{CustomProtocol ?? Protocol}: {MessengerId}";
    }
}
