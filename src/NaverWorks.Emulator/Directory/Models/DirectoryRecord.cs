namespace NaverWorks.Emulator;

/// <summary>
/// Base of every stored directory resource. Records are immutable snapshots: a write builds a new
/// record (<c>with</c>) and swaps it in, so a record handed out is never changed underneath its reader.
/// </summary>
public abstract record DirectoryRecord
{
    /// <summary>Creation sequence; the stable "created time" order and the tie-breaker of every order.</summary>
    internal long Seq { get; init; }

    /// <summary>When the resource was created.</summary>
    internal DateTimeOffset CreatedAt { get; init; }

    /// <summary>The resource id (<c>userId</c>, <c>orgUnitId</c>, …).</summary>
    internal abstract string ResourceId { get; }

    /// <summary>The resource's external key, if any.</summary>
    internal abstract string? ResourceExternalKey { get; }
}
