using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Groups
{
    /// <summary>
    /// <para type="synopsis">Removes members from a NAVER WORKS group.</para>
    /// <para type="description">Removes users, org units or groups from the group, each exactly once; one that is not a
    /// member is an error (ObjectNotFound).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorksGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorksGroupMemberCommand : GroupMembershipCmdlet
    {
        /// <inheritdoc />
        protected override string Activity => "Removing group members";

        /// <inheritdoc />
        protected override string Action => "Remove from group " + GroupId;

        /// <inheritdoc />
        protected override Task<bool> ChangeAsync(string memberId, GroupMemberRef member, RequestContext context) =>
            Groups.RemoveMemberAsync(GroupId, memberId, context);
    }
}
