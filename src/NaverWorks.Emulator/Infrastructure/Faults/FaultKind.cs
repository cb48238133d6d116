namespace NaverWorks.Emulator;

/// <summary>What a <see cref="FaultRule"/> does to the request it matches.</summary>
public enum FaultKind
{
    /// <summary>Answer with the rule's status, headers and body without doing anything.</summary>
    Status,

    /// <summary>Answer with an HTML gateway error page (default status 502) without doing anything.</summary>
    HtmlErrorPage,

    /// <summary>Run the request (a write commits), then send its JSON cut short with the real status.</summary>
    TruncatedJson,

    /// <summary>Drop the connection without answering and without doing anything.</summary>
    AbortConnection,

    /// <summary>Answer 200 with well-formed JSON of an unexpected shape, without doing anything.</summary>
    UnexpectedShape,

    /// <summary>Run the request (a write commits), then answer 500 or drop the connection.</summary>
    CommitThenFail,
}
