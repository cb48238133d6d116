namespace NaverWorks.Emulator;

/// <summary>Leave-of-absence state of a member (read-only in the API).</summary>
public sealed record LeaveOfAbsence
{
    /// <summary>Start of the leave.</summary>
    public string? StartTime { get; init; }

    /// <summary>End of the leave.</summary>
    public string? EndTime { get; init; }

    /// <summary>True while on leave.</summary>
    public bool IsLeaveOfAbsence { get; init; }
}
