using System;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>Remove-Workplace*: deletes elements by external key, each after confirmation (ConfirmImpact High on every concrete cmdlet).</summary>
    public abstract class RemoveWorkplaceObjectCommand<T> : WorkplaceCmdlet where T : WorkplaceObject
    {
        private BulkProgress? _progress;
        private long _rows;
        private long _failed;

        /// <summary>The external key of the element to delete.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WorkplaceExternalKeyCompleter))]
        public string ExternalKey { get; set; } = "";

        /// <summary>
        /// How many rows to expect (e.g. <c>$rows.Count</c>), so the progress bar shows percent and time left; piped
        /// rows arrive one by one and cannot be counted ahead. Only a hint: nothing else depends on it.
        /// </summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int ExpectedCount { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            WorkplaceResourceApi<T> api = CurrentSession.Resource<T>();
            string key = ExternalKey.Trim();
            _progress ??= new BulkProgress(this, $"Removing WORKPLACE {api.Noun}s");
            _rows++;
            if (!ShouldProcess($"{api.Noun} '{key}' in company {CurrentSession.CompanyId}", "Remove")) return;
            try
            {
                Run(c => api.DeleteAsync(key, c));
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
