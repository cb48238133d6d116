using System;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;

namespace NaverWorks.Commands.OrgUnits
{
    /// <summary>
    /// <para type="synopsis">Gets NAVER WORKS org units (teams).</para>
    /// <para type="description">Lists every org unit of the domain as pages arrive, or those whose name matches -Name
    /// (wildcards allowed), or the ones named by -Id (ids or externalKey:KEY; from the pipeline too, e.g. a user's
    /// OrgUnitId). Pipe the result into Get-WorksUser to list the members.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorksOrgUnit", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(OrgUnit))]
    public sealed class GetWorksOrgUnitCommand : DirectoryListCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary>Org unit ids or externalKey:KEY values.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("OrgUnitId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgUnitIdCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Only units with this name (wildcards allowed; case-insensitive).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [SupportsWildcards]
        public string? Name { get; set; }

        /// <summary>The domain to list (default: the session's, else the token's).</summary>
        [Parameter]
        public int? DomainId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                WriteById(Id, "Org unit", OrgUnits.GetAsync);
                return;
            }
            var query = new ListQuery { DomainId = DomainFor(DomainId) };
            WriteList("Listing org units", options => OrgUnits.ListAsync(query, options, Context), NameFilter<OrgUnit>(Name, u => u.Name));
        }
    }
}
