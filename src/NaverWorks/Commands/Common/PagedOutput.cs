using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Paging;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Writes a paged list as it arrives: one object at a time, honouring -First/-Skip/-IncludeTotalCount,
    /// with a progress record of items so far (silenced by $ProgressPreference like any other).
    /// </summary>
    internal sealed class PagedOutput
    {
        private static int _nextActivityId = 7000;
        private readonly NaverWorksCmdlet _cmdlet;
        private readonly PSCmdlet _ps;
        private readonly string _activity;
        private readonly int _activityId = System.Threading.Interlocked.Increment(ref _nextActivityId);

        public PagedOutput(NaverWorksCmdlet cmdlet, string activity)
        {
            _cmdlet = cmdlet;
            _ps = cmdlet;
            _activity = activity;
        }

        /// <summary>Pager options from the cmdlet's paging parameters.</summary>
        public PagerOptions Options(int pageSize, string? startToken)
        {
            var paging = _ps.PagingParameters;
            return new PagerOptions
            {
                PageSize = pageSize,
                StartToken = startToken,
                Skip = paging?.Skip ?? 0,
                First = paging?.First ?? ulong.MaxValue,
                OnPage = p => _cmdlet.Dispatcher.Post(() => Report(p)),
            };
        }

        private long? _total;

        private void Report(PageProgress p)
        {
            _total = p.Total;
            var record = new ProgressRecord(_activityId, _activity, p.Total is long t ? $"{p.Items} of {t}" : $"{p.Items} so far");
            if (p.Total is long total && total > 0) record.PercentComplete = (int)Math.Min(100, p.Items * 100 / total);
            _ps.WriteProgress(record);
        }

        /// <summary>Consumes <paramref name="items"/> on the pipeline thread, writing each as it comes.</summary>
        public void Write<T>(IAsyncEnumerable<T> items)
        {
            IAsyncEnumerator<T> e = items.GetAsyncEnumerator();
            try
            {
                while (Next(e)) _ps.WriteObject(e.Current);
            }
            finally
            {
                ValueTask disposing = e.DisposeAsync();
                if (!disposing.IsCompleted) disposing.AsTask().GetAwaiter().GetResult();
                _ps.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
            if (_ps.PagingParameters?.IncludeTotalCount == true)
                _ps.WriteObject(_total is long t ? _ps.PagingParameters.NewTotalCount((ulong)t, 1.0) : _ps.PagingParameters.NewTotalCount(0, 0.0));
        }

        private bool Next<T>(IAsyncEnumerator<T> e)
        {
            ValueTask<bool> next = e.MoveNextAsync();
            if (next.IsCompletedSuccessfully)
            {
                _cmdlet.Dispatcher.Drain();
                return next.Result;
            }
            Task<bool> task = next.AsTask();
            _cmdlet.Dispatcher.RunUntil(task);
            return _cmdlet.Await(task);
        }
    }
}
