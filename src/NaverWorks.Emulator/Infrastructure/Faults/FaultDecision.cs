namespace NaverWorks.Emulator.Infrastructure.Faults;

/// <summary>What the pipeline must do to one request, decided once when it arrives.</summary>
internal sealed record FaultDecision(FaultAction Action, string Label, int Status = 500, string? Body = null, string? ContentType = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>True when the fault replaces the request entirely (the endpoint never runs).</summary>
    public bool IsBefore => Action is FaultAction.Respond or FaultAction.Abort;
}

/// <summary>The shapes a fault takes on the wire.</summary>
internal enum FaultAction
{
    /// <summary>Answer <see cref="FaultDecision.Status"/> with the given body instead of running the endpoint.</summary>
    Respond,

    /// <summary>Drop the connection instead of running the endpoint.</summary>
    Abort,

    /// <summary>Run the endpoint, then send only part of its body.</summary>
    Truncate,

    /// <summary>Run the endpoint, then answer 500 instead.</summary>
    CommitThenError,

    /// <summary>Run the endpoint, then drop the connection.</summary>
    CommitThenAbort,
}
