namespace NaverWorks.Bulk
{
    /// <summary>A created resource, and whether it was found after an attempt in doubt.</summary>
    public sealed class CreateResult<T>
    {
        internal CreateResult(T value, bool reconciled)
        {
            Value = value;
            Reconciled = reconciled;
        }

        /// <summary>The resource.</summary>
        public T Value { get; }

        /// <summary>True when an attempt's outcome was in doubt and the resource was found afterwards.</summary>
        public bool Reconciled { get; }
    }
}
