namespace NaverWorks.Bulk
{
    /// <summary>What became of a create that may pass over an existing resource (-SkipExisting).</summary>
    public sealed class CreateOutcome<T> where T : class
    {
        private CreateOutcome(T? value, string? id, bool reconciled)
        {
            Value = value;
            Id = id;
            Reconciled = reconciled;
        }

        internal static CreateOutcome<T> Made(T value, string? id, bool reconciled) => new CreateOutcome<T>(value, id, reconciled);

        internal static CreateOutcome<T> Existing(string? id) => new CreateOutcome<T>(null, id, reconciled: false);

        /// <summary>The created resource; null when one already existed and was passed over.</summary>
        public T? Value { get; }

        /// <summary>The id of the created resource, or of the existing one that was passed over.</summary>
        public string? Id { get; }

        /// <summary>True when an attempt's outcome was unknown and the resource was found afterwards.</summary>
        public bool Reconciled { get; }

        /// <summary>True when the resource already existed and was passed over.</summary>
        public bool Existed => Value is null;
    }
}
