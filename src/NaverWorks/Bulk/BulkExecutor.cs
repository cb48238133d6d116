using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Bulk
{
    /// <summary>
    /// The one bulk engine (users, events, WORKPLACE employees…): runs up to <c>ThrottleLimit</c> rows at once
    /// and hands back their outcomes in input order. It never writes anywhere itself: the cmdlet collects
    /// outcomes on the pipeline thread, the only thread allowed to write to PowerShell.
    /// </summary>
    public sealed class BulkExecutor<TItem, TResult>
    {
        private readonly Func<TItem, RequestContext, Task<TResult>> _work;
        private readonly RequestContext _context;
        private readonly ConcurrentDictionary<long, BulkOutcome<TItem, TResult>> _done = new ConcurrentDictionary<long, BulkOutcome<TItem, TResult>>();
        private readonly Action _onCompleted;
        private readonly object _gate = new object();
        private readonly Queue<(long Sequence, long Row, TItem Item)> _waiting = new Queue<(long, long, TItem)>();
        private long _submitted;
        private long _emitted;
        private int _inFlight;

        /// <param name="throttleLimit">Rows in flight at most.</param>
        /// <param name="work">What to do with one row; may throw, the exception becomes the row's outcome.</param>
        /// <param name="context">Log and cancellation for every row.</param>
        /// <param name="onCompleted">Called on the worker thread when a row finishes (to wake the pipeline thread).</param>
        public BulkExecutor(int throttleLimit, Func<TItem, RequestContext, Task<TResult>> work, RequestContext context, Action onCompleted)
        {
            if (throttleLimit < 1) throw new ArgumentOutOfRangeException(nameof(throttleLimit), "ThrottleLimit must be at least 1.");
            ThrottleLimit = throttleLimit;
            _work = work;
            _context = context;
            _onCompleted = onCompleted;
        }

        /// <summary>Rows in flight at most.</summary>
        public int ThrottleLimit { get; }

        /// <summary>
        /// True when another row may be submitted now: a slot is free, or the short queue of rows waiting for one
        /// (at most <see cref="ThrottleLimit"/>) has room. Rows already read wait there so that a worker finishing a
        /// row starts the next at once, instead of waiting for the pipeline thread to read and submit one.
        /// </summary>
        public bool HasFreeSlot
        {
            get
            {
                lock (_gate) return _inFlight < ThrottleLimit || _waiting.Count < ThrottleLimit;
            }
        }

        /// <summary>True when every submitted row has been handed back.</summary>
        public bool IsDrained => Interlocked.Read(ref _emitted) == Interlocked.Read(ref _submitted);

        /// <summary>Rows handed back so far.</summary>
        public long Completed => Interlocked.Read(ref _emitted);

        /// <summary>Starts a row, or queues it until a slot frees. Call only when <see cref="HasFreeSlot"/>.</summary>
        public void Submit(long row, TItem item)
        {
            long sequence = Interlocked.Increment(ref _submitted) - 1;
            lock (_gate)
            {
                if (_inFlight >= ThrottleLimit)
                {
                    _waiting.Enqueue((sequence, row, item));
                    return;
                }
                _inFlight++;
            }
            _ = RunAsync(sequence, row, item);
        }

        /// <summary>Outcomes ready to report, in the order the rows were submitted.</summary>
        public IEnumerable<BulkOutcome<TItem, TResult>> TakeReady()
        {
            while (_done.TryRemove(_emitted, out var outcome))
            {
                Interlocked.Increment(ref _emitted);
                yield return outcome;
            }
        }

        private async Task RunAsync(long sequence, long row, TItem item)
        {
            BulkOutcome<TItem, TResult> outcome;
            try
            {
                await Task.Yield(); // never run a row's first steps on the pipeline thread
                TResult result = await _work(item, _context).ConfigureAwait(false);
                outcome = new BulkOutcome<TItem, TResult>(row, item, result, null);
            }
            catch (Exception ex)
            {
                outcome = new BulkOutcome<TItem, TResult>(row, item, default, ex);
            }
            _done[sequence] = outcome;
            (long Sequence, long Row, TItem Item) next = default;
            bool hasNext;
            lock (_gate)
            {
                // The slot passes straight to a waiting row; only when none waits is it given back.
                hasNext = _waiting.Count > 0;
                if (hasNext) next = _waiting.Dequeue();
                else _inFlight--;
            }
            _onCompleted();
            if (hasNext) _ = RunAsync(next.Sequence, next.Row, next.Item);
        }
    }
}
