namespace NaverWorks.Calendar
{
    /// <summary>Who sees an event's details (<c>visibility</c>).</summary>
    public enum EventVisibility
    {
        /// <summary><c>PUBLIC</c> (the default).</summary>
        Public,
        /// <summary><c>PRIVATE</c>: others see only that the time is taken.</summary>
        Private,
    }

    /// <summary>Whether an event blocks time (<c>transparency</c>).</summary>
    public enum EventTransparency
    {
        /// <summary><c>OPAQUE</c>: busy (the default).</summary>
        Opaque,
        /// <summary><c>TRANSPARENT</c>: free.</summary>
        Transparent,
    }

    /// <summary>How often a series repeats (RRULE <c>FREQ</c>).</summary>
    public enum RecurrenceFrequency
    {
        /// <summary><c>DAILY</c>.</summary>
        Daily,
        /// <summary><c>WEEKLY</c>.</summary>
        Weekly,
        /// <summary><c>MONTHLY</c>.</summary>
        Monthly,
        /// <summary><c>YEARLY</c>.</summary>
        Yearly,
    }
}
