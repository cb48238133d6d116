using System;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;

namespace NaverWorks.Commands.Levels
{
    /// <summary>
    /// <para type="synopsis">Gets the levels (grades) of the NAVER WORKS directory.</para>
    /// <para type="description">Lists the domain's levels in display order, or those matching -Name (wildcards allowed), or
    /// the ones named by -Id (from the pipeline too, e.g. a user's LevelId). New-WorksUser -Level takes these names.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorksLevel", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Level))]
    public sealed class GetWorksLevelCommand : DirectoryListCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary>Level ids or externalKey:KEY values.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("LevelId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LevelIdCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Only levels with this name (wildcards allowed; case-insensitive).</summary>
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
                WriteById(Id, "Level", Levels.GetAsync);
                return;
            }
            var query = new ListQuery { DomainId = DomainFor(DomainId) };
            WriteList("Listing levels", options => Levels.ListAsync(query, options, Context), NameFilter<Level>(Name, l => l.Name));
        }
    }
}
