using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>A member's leave of absence (<c>leaveOfAbsence</c>).</summary>
    public sealed class UserLeaveOfAbsence : WorksObject
    {
        /// <summary>When the leave starts.</summary>
        public string? StartTime { get; set; }

        /// <summary>When the leave ends.</summary>
        public string? EndTime { get; set; }

        /// <summary>True while on leave.</summary>
        public bool IsLeaveOfAbsence { get; set; }

        /// <inheritdoc />
        public override string ToString() => IsLeaveOfAbsence ? $"on leave {StartTime} - {EndTime}" : "";
    }
}
