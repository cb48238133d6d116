using System;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// Set-Workplace*: changes only the fields given. The API's PUT replaces the whole element, so the
    /// element is read, the given fields merged in, and the result sent back; everything else survives.
    /// </summary>
    public abstract class SetWorkplaceObjectCommand<T> : WorkplaceCmdlet where T : WorkplaceObject
    {
        private BulkProgress? _progress;
        private long _rows;
        private long _failed;

        /// <summary>The external key of the element to change.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WorkplaceExternalKeyCompleter))]
        public string ExternalKey { get; set; } = "";

        /// <summary>Return the element as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>
        /// How many rows to expect (e.g. <c>$rows.Count</c>), so the progress bar shows percent and time left; piped
        /// rows arrive one by one and cannot be counted ahead. Only a hint: nothing else depends on it.
        /// </summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int ExpectedCount { get; set; }

        /// <summary>The fields to change, from the bound parameters; null properties stay as they are.</summary>
        protected abstract T BuildChanges();

        /// <summary>The fields to empty (the concrete cmdlet's -Clear, whose ValidateSet lists what its resource allows).</summary>
        protected abstract string[] FieldsToClear { get; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            WorkplaceResourceApi<T> api = CurrentSession.Resource<T>();
            string key = ExternalKey.Trim();
            _progress ??= new BulkProgress(this, $"Updating WORKPLACE {api.Noun}s");
            _rows++;
            try
            {
                T changes = BuildChanges();
                if (!ShouldProcess($"{api.Noun} '{key}' in company {CurrentSession.CompanyId}", "Update")) return;
                T updated = Run(c => api.UpdateAsync(key, changes, FieldsToClear, c));
                if (PassThru) WriteObject(updated);
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                _failed++;
                WriteError(ex, key, $"ExternalKey '{key}'");
            }
            finally
            {
                _progress.Update(_rows, _rows, _failed);
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing() => _progress?.Complete();
    }
}
