using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A relation to another member (<c>relations[]</c>), such as a manager or an assistant.</summary>
    public sealed class UserRelation : WorksObject
    {
        /// <summary>The related member's user id.</summary>
        public string? RelationUserId { get; set; }

        /// <summary>The relation's name.</summary>
        public string? RelationName { get; set; }

        /// <summary>The relation's external key.</summary>
        public string? ExternalKey { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{RelationName}: {RelationUserId}";
    }
}
