using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A member of a group: a user, an org unit or another group.</summary>
    public sealed class GroupMember : WorksObject
    {
        /// <summary>The member's id.</summary>
        public string? Id { get; set; }

        /// <summary>USER, ORGUNIT or GROUP.</summary>
        public string? Type { get; set; }

        /// <summary>The member's external key.</summary>
        public string? ExternalKey { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{Type} {Id}";
    }
}
