using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Connects a cmdlet's ProcessRecord/EndProcessing to the bulk executor: each input row is started as soon
    /// as a slot is free, outcomes are written in input order from the pipeline thread, and a progress bar
    /// shows done, failed and rate (with an ETA when the caller knows the total).
    /// </summary>
    internal sealed class BulkPipeline<TItem, TResult>
    {
        private readonly NaverWorksCmdlet _cmdlet;
        private readonly BulkExecutor<TItem, TResult> _executor;
        private readonly Action<BulkOutcome<TItem, TResult>> _report;
        private readonly string _activity;
        private readonly long? _expectedTotal;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly int _activityId = new Random().Next(8000, 9000);
        private long _rows;
        private long _failed;
        private TimeSpan _lastProgress = TimeSpan.FromSeconds(-1);

        public BulkPipeline(NaverWorksCmdlet cmdlet, RequestContext context, int throttleLimit, Func<TItem, RequestContext, Task<TResult>> work,
            Action<BulkOutcome<TItem, TResult>> report, string activity, long? expectedTotal = null)
        {
            _cmdlet = cmdlet;
            _report = report;
            _activity = activity;
            _expectedTotal = expectedTotal;
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
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
        }

        private void Flush()
        {
            foreach (var outcome in _executor.TakeReady())
            {
                if (!outcome.Succeeded) _failed++;
                _report(outcome);
            }
            ShowProgress();
        }

        private void ShowProgress()
        {
            // A few updates a second are plenty; each one costs the host a redraw.
            if (_clock.Elapsed - _lastProgress < TimeSpan.FromMilliseconds(250)) return;
            _lastProgress = _clock.Elapsed;
            long done = _executor.Completed;
            double rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            string status = $"{done} done, {_failed} failed, {_rows - done} in progress ({rate:0.0}/s)";
            var record = new ProgressRecord(_activityId, _activity, status);
            if (_expectedTotal is long total && total > 0)
            {
                record.PercentComplete = (int)Math.Min(100, done * 100 / total);
                if (rate > 0) record.SecondsRemaining = (int)((total - done) / rate);
            }
            _cmdlet.WriteProgress(record);
        }
    }
}
