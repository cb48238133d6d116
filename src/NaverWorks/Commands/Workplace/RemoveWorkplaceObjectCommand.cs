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
        /// <summary>The external key of the element to delete.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WorkplaceExternalKeyCompleter))]
        public string ExternalKey { get; set; } = "";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            WorkplaceResourceApi<T> api = CurrentSession.Resource<T>();
            string key = ExternalKey.Trim();
            if (!ShouldProcess($"{api.Noun} '{key}' in company {CurrentSession.CompanyId}", "Remove")) return;
            try
            {
                Run(c => api.DeleteAsync(key, c));
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, key, $"ExternalKey '{key}'");
            }
        }
    }
}
