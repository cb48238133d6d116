using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>An administrator of a group.</summary>
    public sealed class GroupAdministrator : WorksObject
    {
        /// <summary>The administrator's user id.</summary>
        public string? UserId { get; set; }

        /// <inheritdoc />
        public override string ToString() => UserId ?? "";
    }
}
