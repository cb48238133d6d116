using System;
using System.Management.Automation;
using System.Net;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Commands.Users
{
    /// <summary>
    /// <para type="synopsis">Gets NAVER WORKS members: all of them, some by id or email, or the members of an org unit.</para>
    /// <para type="description">Without -Id, lists every member of the domain, writing each page's users as it arrives
    /// (-First 3 asks the service for three users, once). -Id takes user ids, login emails or externalKey:KEY, from the
    /// pipeline too (strings, or objects with a UserId or Email property). -OrgUnitId, or an org unit piped from
    /// Get-WorksOrgUnit, lists the unit's members with their full details.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WorksUser", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(User))]
    public sealed class GetWorksUserCommand : DirectoryListCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";
        private const string OrgUnitSet = "OrgUnit";
        private const string OrgUnitObjectSet = "OrgUnitObject";

        // Member details are read a few at a time, ahead of the one being written.
        private const int MemberReadAhead = 8;

        /// <summary>User ids, login emails or externalKey:KEY values.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId", "Email")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>List the members of this org unit (its id or externalKey:KEY).</summary>
        [Parameter(Mandatory = true, ParameterSetName = OrgUnitSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgUnitIdCompleter))]
        public string? OrgUnitId { get; set; }

        /// <summary>An org unit from Get-WorksOrgUnit, piped in: its members are listed.</summary>
        [Parameter(Mandatory = true, ParameterSetName = OrgUnitObjectSet, ValueFromPipeline = true, DontShow = true)]
        public OrgUnit? InputObject { get; set; }

        /// <summary>The domain to list (default: the session's, else the token's).</summary>
        [Parameter]
        public int? DomainId { get; set; }

        /// <summary>Sort by Name or CreatedTime (the API's default).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Name", "CreatedTime")]
        public string? OrderBy { get; set; }

        /// <summary>Ascending (default) or Descending.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Ascending", "Descending")]
        public string? SortOrder { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case IdSet:
                    foreach (string id in Id) WriteOne(id);
                    break;
                case ListSet:
                    var query = new ListQuery
                    {
                        DomainId = DomainFor(DomainId),
                        OrderBy = OrderBy is null ? null : OrderBy == "Name" ? "NAME" : "CREATED_TIME",
                        SortOrder = SortOrder?.ToUpperInvariant(),
                    };
                    WriteList("Listing users", options => Users.ListAsync(query, options, Context));
                    break;
                default:
                    WriteMembers(InputObject?.OrgUnitId ?? OrgUnitId!);
                    break;
            }
        }

        private void WriteOne(string id)
        {
            try
            {
                WriteObject(Run(c => Users.GetAsync(id.Trim(), c)));
            }
            catch (Exception ex) when (ex is WorksApiException || ex is ArgumentException)
            {
                WriteError(ex, id, $"User '{id}'");
            }
        }

        private void WriteMembers(string orgUnitId)
        {
            var query = new ListQuery { DomainId = DomainFor(DomainId) };
            try
            {
                WriteList($"Listing members of {orgUnitId}", options => AsyncStream.Filter(
                    AsyncStream.SelectOrdered(OrgUnits.ListMembersAsync(orgUnitId, query, options, Context), m => DetailsAsync(m), MemberReadAhead),
                    user => user is not null, 0, ulong.MaxValue)!);
            }
            catch (Exception ex) when (ex is WorksApiException || ex is ArgumentException)
            {
                WriteError(ex, orgUnitId, $"Org unit '{orgUnitId}'");
            }
        }

        // The member list carries ids only; what an administrator pipes on needs the whole user.
        private async Task<User?> DetailsAsync(OrgUnitMember member)
        {
            try
            {
                return await Users.GetAsync(member.UserId!, Context).ConfigureAwait(false);
            }
            catch (WorksApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                Context.Log.Verbose($"Member {member.UserId} was deleted while the list was read; left out.");
                return null;
            }
        }
    }
}
