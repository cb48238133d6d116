namespace NaverWorks.Emulator;

/// <summary>A group member: a user, an org unit or another group.</summary>
public sealed record GroupMember
{
    /// <summary>Member id (userId, orgUnitId or groupId).</summary>
    public string Id { get; init; } = "";

    /// <summary>USER, ORGUNIT or GROUP.</summary>
    public string Type { get; init; } = "USER";

    /// <summary>When the member was added; keeps member lists in insertion order.</summary>
    internal long Seq { get; init; }
}
