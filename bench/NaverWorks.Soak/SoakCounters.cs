namespace NaverWorks.Soak;

/// <summary>What the workload has done so far; written by the loop, read by the sampler.</summary>
internal sealed class SoakCounters
{
    /// <summary>Whole cycles of the mixed loop.</summary>
    public Tally Cycles { get; } = new();

    /// <summary>Cmdlet pipelines run (one New-WorksUser of a batch is one operation).</summary>
    public Tally Operations { get; } = new();

    /// <summary>Objects the operations wrote, plus the rows of the writes that write nothing on success.</summary>
    public Tally Items { get; } = new();

    /// <summary>Error records and exceptions that reached the caller.</summary>
    public Tally Errors { get; } = new();

    /// <summary>Errors that were a rate-limit refusal (429): the transport should have absorbed every one.</summary>
    public Tally Surfaced429 { get; } = new();

    /// <summary>Warning records (the transport warns when a 429 makes it wait more than 5 s).</summary>
    public Tally Warnings { get; } = new();

    /// <summary>Listings whose count was not what the tenant should hold: a lost or duplicated create or remove.</summary>
    public Tally TenantDrift { get; } = new();
}
