using System.Globalization;

namespace NaverWorks.Emulator.Calendar;

/// <summary>
/// When one event component happens: its start (local wall-clock time in <see cref="Zone"/>, or a date for
/// all-day events), its length, and for a series its rule and excluded dates.
/// </summary>
internal sealed class ComponentTiming
{
    public required DateTime Start { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>IANA zone of a timed component; null for all-day ones.</summary>
    public string? Zone { get; init; }

    public RecurrenceRuleSpec? Rule { get; init; }

    /// <summary>EXDATE values: local times/dates, and UTC instants.</summary>
    public HashSet<DateTime> ExcludedLocal { get; init; } = [];

    public HashSet<DateTimeOffset> ExcludedInstants { get; init; } = [];

    /// <summary>For an exception: the RECURRENCE-ID of the occurrence it replaces.</summary>
    public string? RecurringEventId { get; init; }

    public bool AllDay => Zone is null;

    /// <summary>
    /// Whether this component (any occurrence of it, for a series) overlaps [from, until). All-day dates are
    /// read in the window's own offset: the caller's day.
    /// </summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset until, IReadOnlySet<string> replaced)
    {
        DateTimeOffset ToInstant(DateTime local) => Zone is null ? new DateTimeOffset(local, from.Offset) : ZoneTimes.ToInstant(local, Zone);
        var starts = Rule is null ? [Start] : RecurrenceExpander.Occurrences(Start, Rule, ToInstant);
        foreach (var local in starts)
        {
            var begin = ToInstant(local);
            if (begin >= until)
            {
                return false;
            }

            if (Rule is not null && (replaced.Contains(RecurrenceId(local)) || ExcludedLocal.Contains(local) || ExcludedInstants.Contains(begin)))
            {
                continue;
            }

            var end = begin + Duration;
            if (Duration == TimeSpan.Zero ? begin >= from : end > from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The RECURRENCE-ID an exception would carry for this occurrence.</summary>
    public string RecurrenceId(DateTime local) =>
        local.ToString(AllDay ? "yyyyMMdd" : "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
