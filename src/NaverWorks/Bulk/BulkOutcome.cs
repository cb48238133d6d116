using System;

namespace NaverWorks.Bulk
{
    /// <summary>What became of one input row of a bulk run.</summary>
    public sealed class BulkOutcome<TItem, TResult>
    {
        internal BulkOutcome(long row, TItem item, TResult? result, Exception? error)
        {
            Row = row;
            Item = item;
            Result = result;
            Error = error;
        }

        /// <summary>1-based position of the input in the pipeline.</summary>
        public long Row { get; }

        /// <summary>The input.</summary>
        public TItem Item { get; }

        /// <summary>The result when it succeeded.</summary>
        public TResult? Result { get; }

        /// <summary>Why it failed, or null.</summary>
        public Exception? Error { get; }

        /// <summary>True when it succeeded.</summary>
        public bool Succeeded => Error is null;
    }
}
