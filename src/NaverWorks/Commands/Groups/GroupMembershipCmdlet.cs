using System;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Groups
{
    /// <summary>
    /// What Add- and Remove-WorksGroupMember share: one group named on the command line, members piped in or given
    /// with -Member (objects from the Get-Works* cmdlets, or ids, emails or externalKey:KEY typed by -MemberType), one
    /// exactly-once change per member, -ThrottleLimit at a time.
    /// </summary>
    public abstract class GroupMembershipCmdlet : BulkCmdlet<GroupMemberRef>
    {
        private GroupProvisioner? _provisioner;

        /// <summary>The group: its id or externalKey:KEY.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(GroupIdCompleter))]
        public string GroupId { get; set; } = "";

        /// <summary>Members: user, org unit or group objects, or ids, emails or externalKey:KEY values.</summary>
        [Parameter(Position = 1, ValueFromPipeline = true)]
        [AllowNull, AllowEmptyCollection]
        public object[]? Member { get; set; }

        /// <summary>The type of members given as text: User (default), OrgUnit or Group.</summary>
        [Parameter]
        [ValidateSet("User", "OrgUnit", "Group")]
        public string MemberType { get; set; } = "User";

        /// <summary>Members handled at once (default 4).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 4;

        /// <inheritdoc />
        protected override int Concurrency => ThrottleLimit;

        /// <summary>The run's group provisioner.</summary>
        protected GroupProvisioner Provisioner => _provisioner!;

        /// <inheritdoc />
        protected override void Begin() => _provisioner = new GroupProvisioner(Groups, Users, Lookup);

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            object[] members = Member ?? Array.Empty<object>();
            if (members.Length == 0) Submit(null, _ => throw new InvalidFieldException("Member", "give at least one member."));
            foreach (object member in members)
            {
                string? label = member is PSObject p ? p.BaseObject?.ToString() : member?.ToString();
                Submit(label, _ => GroupMemberInput.Read(member, GroupMemberInput.WireType(MemberType)));
            }
        }

        /// <summary>Carries out the membership change for one member, given its id.</summary>
        /// <returns>True when an unknown outcome had to be checked.</returns>
        protected abstract Task<bool> ChangeAsync(string memberId, GroupMemberRef member, RequestContext context);

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(GroupMemberRef member, string subject, RequestContext context)
        {
            string id = await Provisioner.MemberIdAsync(member, context).ConfigureAwait(false);
            if (await ChangeAsync(id, member, context).ConfigureAwait(false))
                context.Log.Verbose($"{subject}: the service's answer was lost, but the change had taken effect; not sent again.");
            return null;
        }

        /// <inheritdoc />
        protected override Task DryRunAsync(GroupMemberRef member, string subject, RequestContext context) => Provisioner.MemberIdAsync(member, context);
    }
}
