using System;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Connects a cmdlet's ProcessRecord/EndProcessing to the bulk executor: each input row is started as soon
    /// as a slot is free, outcomes are written in input order from the pipeline thread, and a progress bar
    /// (<see cref="BulkProgress"/>) shows done, failed and rate, with percent and time left when the number of
    /// rows is known.
    /// </summary>
    internal sealed class BulkPipeline<TItem, TResult>
    {
        private readonly NaverWorksCmdlet _cmdlet;
        private readonly BulkExecutor<TItem, TResult> _executor;
        private readonly Action<BulkOutcome<TItem, TResult>> _report;
        private readonly BulkProgress _progress;
        private long _rows;
        private long _failed;

        /// <summary>Starts a run; created at the first row, on the pipeline thread (the progress bar reads the bound parameters).</summary>
        public BulkPipeline(NaverWorksCmdlet cmdlet, RequestContext context, int throttleLimit, Func<TItem, RequestContext, Task<TResult>> work,
            Action<BulkOutcome<TItem, TResult>> report, string activity)
        {
            _cmdlet = cmdlet;
            _report = report;
            _progress = new BulkProgress(cmdlet, activity);
            _executor = new BulkExecutor<TItem, TResult>(throttleLimit, work, context, cmdlet.Dispatcher.Wake);
        }

        /// <summary>Rows received so far; the next row's number is this plus one.</summary>
        public long Rows => _rows;

        /// <summary>Starts one row (ProcessRecord), first waiting for a free slot while reporting finished rows.</summary>
        public void Add(TItem item)
        {
            _cmdlet.Dispatcher.RunUntil(() => _executor.HasFreeSlot, Flush);
            _executor.Submit(++_rows, item);
        }

        /// <summary>Waits for every row and reports it (EndProcessing).</summary>
        public void Complete()
        {
            _cmdlet.Dispatcher.RunUntil(() => _executor.IsDrained, Flush);
            _progress.Complete();
        }

        private void Flush()
        {
            foreach (var outcome in _executor.TakeReady())
            {
                if (!outcome.Succeeded) _failed++;
                _report(outcome);
            }
            _progress.Update(_rows, _executor.Completed, _failed);
        }
    }
}
