using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A member's <c>userName</c>.</summary>
    public sealed class UserName : WorksObject
    {
        /// <summary>Family name (≤80).</summary>
        public string? LastName { get; set; }

        /// <summary>Given name (≤80).</summary>
        public string? FirstName { get; set; }

        /// <summary>Phonetic family name (≤100).</summary>
        public string? PhoneticLastName { get; set; }

        /// <summary>Phonetic given name (≤100).</summary>
        public string? PhoneticFirstName { get; set; }

        /// <summary>"Last First", as names are written in Korea and Japan.</summary>
        public override string ToString() => $"{LastName} {FirstName}".Trim();
    }
}
