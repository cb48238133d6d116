using System;
using System.Collections;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// The progress bar of a bulk run: rows done, failed and in flight, the rate, and, when the number of rows is
    /// known, percent and time left. The number is known when the caller states it (-ExpectedCount, e.g.
    /// <c>$rows | New-WorksUser -ExpectedCount $rows.Count</c>) or when all rows came in one parameter on the
    /// command line (<c>Suspend-WorksUser -Id $ids</c>); piped rows arrive one by one, so their number is not.
    /// Written through WriteProgress, so $ProgressPreference silences it like any other.
    /// </summary>
    internal sealed class BulkProgress
    {
        /// <summary>The parameter by which a caller states how many rows to expect.</summary>
        public const string ExpectedCountParameter = "ExpectedCount";

        // A few updates a second are plenty; each one costs the host a redraw.
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
        private readonly PSCmdlet _cmdlet;
        private readonly string _activity;
        private readonly long? _expected;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly int _activityId = new Random().Next(8000, 9000);
        private TimeSpan _last = TimeSpan.FromSeconds(-1);
        private bool _shown;

        /// <summary>Progress for <paramref name="cmdlet"/>'s run; call from the pipeline thread, at its first row.</summary>
        public BulkProgress(PSCmdlet cmdlet, string activity)
        {
            _cmdlet = cmdlet;
            _activity = activity;
            _expected = ExpectedRows(cmdlet);
        }

        /// <summary>The number of rows, when known (see the class remarks).</summary>
        public long? Expected => _expected;

        /// <summary>Shows where the run stands (at most a few times a second).</summary>
        public void Update(long received, long done, long failed)
        {
            if (_clock.Elapsed - _last < Interval) return;
            _last = _clock.Elapsed;
            double rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            string status = $"{done} done, {failed} failed, {received - done} in progress ({rate:0.0}/s)";
            var record = new ProgressRecord(_activityId, _activity, status);
            // A stated count that the input outgrew was wrong: better no percent than a false one.
            if (_expected is long total && total > 0 && received <= total)
            {
                record.StatusDescription = $"{done} of {total} done, {failed} failed ({rate:0.0}/s)";
                record.PercentComplete = (int)Math.Min(100, done * 100 / total);
                if (rate > 0) record.SecondsRemaining = (int)Math.Ceiling((total - done) / rate);
            }
            _shown = true;
            _cmdlet.WriteProgress(record);
        }

        /// <summary>Removes the bar (EndProcessing).</summary>
        public void Complete()
        {
            if (_shown) _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
        }

        private static long? ExpectedRows(PSCmdlet cmdlet)
        {
            var bound = cmdlet.MyInvocation.BoundParameters;
            if (bound.TryGetValue(ExpectedCountParameter, out object? stated) && stated is int n && n > 0) return n;
            if (cmdlet.MyInvocation.ExpectingInput) return null;
            // Not piped: the whole input is the collection given to the parameter that would take piped rows.
            foreach (var pair in bound)
            {
                if (!cmdlet.MyInvocation.MyCommand.Parameters.TryGetValue(pair.Key, out ParameterMetadata? metadata)) continue;
                bool takesRows = metadata.Attributes.OfType<ParameterAttribute>().Any(a => a.ValueFromPipeline);
                if (takesRows && metadata.ParameterType.IsArray && pair.Value is ICollection rows) return rows.Count;
            }
            return null;
        }
    }
}
