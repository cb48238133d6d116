using System;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;

namespace NaverWorks.Commands.Groups
{
    /// <summary>
    /// <para type="synopsis">Gets NAVER WORKS groups.</para>
    /// <para type="description">Lists every group of the domain as pages arrive, or those whose name matches -Name
    /// (wildcards allowed), or the ones named by -Id (ids or externalKey:KEY, from the pipeline too).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorksGroup", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Group))]
    public sealed class GetWorksGroupCommand : DirectoryListCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary>Group ids or externalKey:KEY values.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(GroupIdCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Only groups with this name (wildcards allowed; case-insensitive).</summary>
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
                WriteById(Id, "Group", Groups.GetAsync);
                return;
            }
            var query = new ListQuery { DomainId = DomainFor(DomainId) };
            WriteList("Listing groups", options => Groups.ListAsync(query, options, Context), NameFilter<Group>(Name, g => g.Name));
        }
    }
}
