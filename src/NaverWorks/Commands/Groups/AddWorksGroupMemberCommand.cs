using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Groups
{
    /// <summary>
    /// <para type="synopsis">Adds members to a NAVER WORKS group.</para>
    /// <para type="description">Adds users, org units or groups: Get-WorksUser -OrgUnitId X | Add-WorksGroupMember -GroupId G.
    /// Each member is added exactly once; one that is already a member is an error (ResourceExists).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "WorksGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class AddWorksGroupMemberCommand : GroupMembershipCmdlet
    {
        /// <inheritdoc />
        protected override string Activity => "Adding group members";

        /// <inheritdoc />
        protected override string Action => "Add to group " + GroupId;

        /// <inheritdoc />
        protected override Task<bool> ChangeAsync(string memberId, GroupMemberRef member, RequestContext context) =>
            Groups.AddMemberAsync(GroupId, memberId, member.Type, context);
    }
}
