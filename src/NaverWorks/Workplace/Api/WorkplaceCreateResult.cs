namespace NaverWorks.Workplace
{
    /// <summary>How a bulk-safe create ended.</summary>
    public enum WorkplaceCreateStatus
    {
        /// <summary>The create succeeded.</summary>
        Created,

        /// <summary>An attempt's outcome was unknown (timeout, 5xx) and the element was found afterwards: it was created once.</summary>
        Reconciled,

        /// <summary>The key already existed and -SkipExisting said to leave it.</summary>
        Skipped,
    }

    /// <summary>The element a bulk-safe create produced or found, and how.</summary>
    public sealed class WorkplaceCreateResult<T>
    {
        internal WorkplaceCreateResult(T value, WorkplaceCreateStatus status)
        {
            Value = value;
            Status = status;
        }

        /// <summary>The element as the API returned it.</summary>
        public T Value { get; }

        /// <summary>How the create ended.</summary>
        public WorkplaceCreateStatus Status { get; }
    }
}
