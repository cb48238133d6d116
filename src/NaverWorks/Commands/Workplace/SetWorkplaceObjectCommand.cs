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
        /// <summary>The external key of the element to change.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WorkplaceExternalKeyCompleter))]
        public string ExternalKey { get; set; } = "";

        /// <summary>Return the element as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The fields to change, from the bound parameters; null properties stay as they are.</summary>
        protected abstract T BuildChanges();

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            WorkplaceResourceApi<T> api = CurrentSession.Resource<T>();
            string key = ExternalKey.Trim();
            try
            {
                T changes = BuildChanges();
                if (!ShouldProcess($"{api.Noun} '{key}' in company {CurrentSession.CompanyId}", "Update")) return;
                T updated = Run(c => api.UpdateAsync(key, changes, c));
                if (PassThru) WriteObject(updated);
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, key, $"ExternalKey '{key}'");
            }
        }
    }
}
