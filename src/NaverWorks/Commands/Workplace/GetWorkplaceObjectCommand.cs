using System;
using System.Globalization;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Paging;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// Get-Workplace*: one element per -ExternalKey (from the pipeline too), or the whole list streamed page
    /// by page through the shared pager. Concrete cmdlets only name the noun and set SupportsPaging.
    /// </summary>
    public abstract class GetWorkplaceObjectCommand<T> : WorkplaceCmdlet where T : WorkplaceObject
    {
        /// <summary>Parameter set: the whole list.</summary>
        protected const string ListSet = "List";

        /// <summary>Parameter set: elements by key.</summary>
        protected const string KeySet = "ExternalKey";

        /// <summary>The external keys to read; without them, every element is listed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = KeySet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WorkplaceExternalKeyCompleter))]
        public string[] ExternalKey { get; set; } = Array.Empty<string>();

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            WorkplaceResourceApi<T> api = CurrentSession.Resource<T>();
            if (ParameterSetName == KeySet)
            {
                foreach (string key in ExternalKey)
                {
                    try
                    {
                        WriteObject(Run(c => api.GetAsync(key, c)));
                    }
                    catch (Exception ex) when (ex is not PipelineStoppedException)
                    {
                        WriteError(ex, key, $"ExternalKey '{key}'");
                    }
                }
                return;
            }
            try
            {
                var output = new PagedOutput(this, $"Listing WORKPLACE {api.Noun}s");
                PagerOptions options = output.Options(WorkplaceResourceApi<T>.MaxPageSize, null);
                // An offset is just a page token: -Skip starts the listing further on instead of fetching and discarding.
                if (options.Skip > 0)
                {
                    options.StartToken = options.Skip.ToString(CultureInfo.InvariantCulture);
                    options.Skip = 0;
                }
                output.Write(Pager.StreamAsync<T>(api.ListPageAsync, options, Context));
            }
            catch (Exception ex) when (ex is not PipelineStoppedException)
            {
                WriteError(ex, null, $"Listing {api.Noun}s");
            }
        }
    }
}
