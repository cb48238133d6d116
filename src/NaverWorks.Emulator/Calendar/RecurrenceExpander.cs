namespace NaverWorks.Emulator.Calendar;

/// <summary>
/// Enumerates the start times of a series in order (RFC 5545 §3.3.10, for the parts
/// <see cref="RecurrenceRuleSpec"/> supports): the first occurrence is the series' start; COUNT counts it;
/// UNTIL is inclusive. Callers stop enumerating once past their window.
/// </summary>
internal static class RecurrenceExpander
{
    // Guards against rules that never produce another occurrence (e.g. BYMONTH=2;BYMONTHDAY=30).
    private const int MaxPeriods = 20_000;

    /// <param name="start">The series' first start, local (date at midnight for all-day).</param>
    /// <param name="rule">The rule.</param>
    /// <param name="toInstant">Converts a local start to an instant, for a UTC UNTIL.</param>
    public static IEnumerable<DateTime> Occurrences(DateTime start, RecurrenceRuleSpec rule, Func<DateTime, DateTimeOffset> toInstant)
    {
        var produced = 0;
        foreach (var occurrence in Candidates(start, rule).Where(c => c == start || c > start))
        {
            if (rule.Count is int count && produced >= count)
            {
                yield break;
            }

            if (rule.UntilInstant is { } untilUtc && toInstant(occurrence) > untilUtc)
            {
                yield break;
            }

            if (rule.UntilLocal is { } untilLocal && (untilLocal.TimeOfDay == TimeSpan.Zero ? occurrence.Date > untilLocal : occurrence > untilLocal))
            {
                yield break;
            }

            produced++;
            yield return occurrence;
        }
    }

    private static IEnumerable<DateTime> Candidates(DateTime start, RecurrenceRuleSpec rule)
    {
        yield return start;
        var time = start.TimeOfDay;
        for (var period = 0; period < MaxPeriods; period++)
        {
            IEnumerable<DateTime> days = rule.Freq switch
            {
                "DAILY" => Daily(start.Date.AddDays((double)period * rule.Interval), rule),
                "WEEKLY" => Weekly(WeekOf(start.Date, rule.WeekStart).AddDays(7.0 * period * rule.Interval), start, rule),
                "MONTHLY" => Monthly(new DateTime(start.Year, start.Month, 1).AddMonths(period * rule.Interval), start, rule),
                _ => Yearly(start.Year + (period * rule.Interval), start, rule),
            };
            foreach (var day in days.Distinct().Order())
            {
                yield return day + time;
            }
        }
    }

    private static IEnumerable<DateTime> Daily(DateTime day, RecurrenceRuleSpec rule)
    {
        if (InMonth(day, rule) && (rule.ByMonthDay.Count == 0 || rule.ByMonthDay.Any(n => DayOfMonth(day, n) == day.Day))
            && (rule.ByDay.Count == 0 || rule.ByDay.Any(d => d.Day == day.DayOfWeek)))
        {
            yield return day;
        }
    }

    private static IEnumerable<DateTime> Weekly(DateTime weekStart, DateTime start, RecurrenceRuleSpec rule)
    {
        var weekdays = rule.ByDay.Count == 0 ? [start.DayOfWeek] : rule.ByDay.Select(d => d.Day);
        return weekdays.Select(d => weekStart.AddDays(((int)d - (int)rule.WeekStart + 7) % 7)).Where(d => InMonth(d, rule));
    }

    private static IEnumerable<DateTime> Monthly(DateTime month, DateTime start, RecurrenceRuleSpec rule) =>
        InMonth(month, rule) ? DaysOfMonth(month, start, rule) : [];

    private static IEnumerable<DateTime> Yearly(int year, DateTime start, RecurrenceRuleSpec rule)
    {
        if (year > 9998)
        {
            return [];
        }

        if (rule.ByMonth.Count == 0 && rule.ByMonthDay.Count == 0 && rule.ByDay.Count > 0)
        {
            // Ordinal weekdays count within the year when no month narrows them.
            var all = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateTime(year, 1, 1).AddDays(i)).ToList();
            return rule.ByDay.SelectMany(d => Nth(all.Where(x => x.DayOfWeek == d.Day).ToList(), d.Ordinal));
        }

        var months = rule.ByMonth.Count == 0 ? [start.Month] : rule.ByMonth;
        return months.SelectMany(m => DaysOfMonth(new DateTime(year, m, 1), start, rule));
    }

    private static IEnumerable<DateTime> DaysOfMonth(DateTime month, DateTime start, RecurrenceRuleSpec rule)
    {
        var length = DateTime.DaysInMonth(month.Year, month.Month);
        if (rule.ByMonthDay.Count > 0)
        {
            return rule.ByMonthDay.Select(n => DayOfMonth(month, n)).Where(d => d >= 1 && d <= length)
                .Select(d => month.AddDays(d - 1))
                .Where(d => rule.ByDay.Count == 0 || rule.ByDay.Any(b => b.Day == d.DayOfWeek));
        }

        if (rule.ByDay.Count > 0)
        {
            var all = Enumerable.Range(0, length).Select(i => month.AddDays(i)).ToList();
            return rule.ByDay.SelectMany(d => Nth(all.Where(x => x.DayOfWeek == d.Day).ToList(), d.Ordinal));
        }

        return start.Day <= length ? [month.AddDays(start.Day - 1)] : [];
    }

    private static IEnumerable<DateTime> Nth(List<DateTime> matches, int ordinal)
    {
        if (ordinal == 0)
        {
            return matches;
        }

        var index = ordinal > 0 ? ordinal - 1 : matches.Count + ordinal;
        return index >= 0 && index < matches.Count ? [matches[index]] : [];
    }

    private static int DayOfMonth(DateTime anyDayOfMonth, int n) => n > 0 ? n : DateTime.DaysInMonth(anyDayOfMonth.Year, anyDayOfMonth.Month) + n + 1;

    private static bool InMonth(DateTime day, RecurrenceRuleSpec rule) => rule.ByMonth.Count == 0 || rule.ByMonth.Contains(day.Month);

    private static DateTime WeekOf(DateTime day, DayOfWeek weekStart) => day.AddDays(-(((int)day.DayOfWeek - (int)weekStart + 7) % 7));
}
