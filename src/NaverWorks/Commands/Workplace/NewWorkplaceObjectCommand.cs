using System;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Commands.Common;
using NaverWorks.Http;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// New-Workplace*: every input row (one call, or a whole CSV through the pipeline) goes through the
    /// shared bulk pipeline, up to -ThrottleLimit at once, each created exactly once even when attempts
    /// time out or fail after the server committed. A row that fails is reported with its row number and
    /// the field at fault; the other rows go on.
    /// </summary>
    public abstract class NewWorkplaceObjectCommand<T> : WorkplaceCmdlet where T : WorkplaceObject
    {
        private BulkPipeline<WorkplaceRow<T>, CreateOutcome<T>>? _pipeline;
        private long _rows;
        private string _noun = "";

        /// <summary>The customer-side key of the new element (1-36 characters).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ExternalKey { get; set; } = "";

        /// <summary>Rows created at once (default 4).</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = 4;

        /// <summary>
        /// How many rows to expect (e.g. <c>$rows.Count</c>), so the progress bar shows percent and time left; piped
        /// rows arrive one by one and cannot be counted ahead. Only a hint: nothing else depends on it.
        /// </summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int ExpectedCount { get; set; }

        /// <summary>Leave rows whose external key already exists, instead of reporting them as errors (for re-running a load).</summary>
        [Parameter]
        public SwitchParameter SkipExisting { get; set; }

        /// <summary>The element to create, from the bound parameters (ExternalKey is set by the base).</summary>
        protected abstract T BuildDraft();

        /// <summary>What -WhatIf and -Confirm show for one row.</summary>
        protected abstract string Describe(T draft);

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            long row = ++_rows;
            string key = WorkplaceInput.Text(ExternalKey) ?? "";
            T draft;
            try
            {
                draft = BuildDraft();
                draft.ExternalKey = key;
            }
            catch (ArgumentException ex)
            {
                WriteError(ex, key, Subject(row, key));
                return;
            }
            var item = new WorkplaceRow<T>(row, draft);
            if (ShouldProcess(Describe(draft), "Create")) Schedule(item);
            else Declined(item);
        }

        /// <inheritdoc />
        protected override void EndProcessing() => _pipeline?.Complete();

        /// <summary>Starts a confirmed row; departments override this to start parents first.</summary>
        internal virtual void Schedule(WorkplaceRow<T> row) => Submit(row);

        /// <summary>Told about a row not confirmed (-WhatIf, or "No" at -Confirm).</summary>
        internal virtual void Declined(WorkplaceRow<T> row)
        {
        }

        /// <summary>Told about each finished row on the pipeline thread, before it is reported.</summary>
        internal virtual void Finished(WorkplaceRow<T> row, bool created)
        {
        }

        /// <summary>Hands a row to the bulk pipeline, first waiting for a free slot.</summary>
        internal void Submit(WorkplaceRow<T> row) => Pipeline().Add(row);

        /// <summary>Waits for every started row and reports it.</summary>
        internal void CompleteStarted() => _pipeline?.Complete();

        /// <summary>Reports a row that failed before it could be sent.</summary>
        internal void WriteRowError(WorkplaceRow<T> row, Exception error) => WriteError(error, row.Draft, Subject(row.Row, row.Key));

        private BulkPipeline<WorkplaceRow<T>, CreateOutcome<T>> Pipeline()
        {
            if (_pipeline is not null) return _pipeline;
            // Resolved here, on the pipeline thread: workers must never touch the cmdlet's session lookup.
            WorkplaceResourceApi<T> api = CurrentSession.Resource<T>();
            _noun = api.Noun;
            bool skipExisting = SkipExisting;
            Func<WorkplaceRow<T>, RequestContext, Task<CreateOutcome<T>>> work = async (row, context) =>
            {
                if (row.Before is not null) await row.Before(context).ConfigureAwait(false);
                return await api.CreateOnceAsync(row.Draft, skipExisting, context).ConfigureAwait(false);
            };
            return _pipeline = new BulkPipeline<WorkplaceRow<T>, CreateOutcome<T>>(this, Context, ThrottleLimit, work, Report, $"Creating WORKPLACE {api.Noun}s");
        }

        private void Report(BulkOutcome<WorkplaceRow<T>, CreateOutcome<T>> outcome)
        {
            WorkplaceRow<T> row = outcome.Item;
            Finished(row, outcome.Succeeded);
            if (!outcome.Succeeded)
            {
                WriteRowError(row, outcome.Error!);
                return;
            }
            if (CreateReport.Written(outcome.Result!, _noun, Subject(row.Row, row.Key), WriteVerbose) is T created) WriteObject(created);
        }

        /// <summary>How a row is named in messages: with its input position when it came from the pipeline.</summary>
        internal string Subject(long row, string key) => RowSubject.Format(MyInvocation, row, $"ExternalKey '{key}'");
    }
}
