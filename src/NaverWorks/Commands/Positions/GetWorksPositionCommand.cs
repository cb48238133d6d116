using System;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;

namespace NaverWorks.Commands.Positions
{
    /// <summary>
    /// <para type="synopsis">Gets the positions (job titles) of the NAVER WORKS directory.</para>
    /// <para type="description">Lists the domain's positions in display order, or those matching -Name (wildcards
    /// allowed), or the ones named by -Id (from the pipeline too, e.g. a user's PositionId). New-WorksUser -Position
    /// takes these names.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorksPosition", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Position))]
    public sealed class GetWorksPositionCommand : DirectoryListCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary>Position ids or externalKey:KEY values.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PositionId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PositionIdCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Only positions with this name (wildcards allowed; case-insensitive).</summary>
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
                WriteById(Id, "Position", Positions.GetAsync);
                return;
            }
            var query = new ListQuery { DomainId = DomainFor(DomainId) };
            WriteList("Listing positions", options => Positions.ListAsync(query, options, Context), NameFilter<Position>(Name, p => p.Name));
        }
    }
}
