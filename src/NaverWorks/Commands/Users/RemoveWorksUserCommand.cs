using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Commands.Users
{
    /// <summary>
    /// <para type="synopsis">Deletes NAVER WORKS members.</para>
    /// <para type="description">Deletes each user named by id, login email or externalKey:KEY (or piped from Get-WorksUser).
    /// The service keeps a deleted member for 7 days; the member's message-room data is lost at once. The super admin
    /// cannot be deleted. Asks for confirmation unless -Confirm:$false.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorksUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorksUserCommand : UserActionCmdlet
    {
        /// <inheritdoc />
        protected override string Activity => "Deleting users";

        /// <inheritdoc />
        protected override string Action => "Delete user";

        /// <inheritdoc />
        protected override Task<bool> ActAsync(string id, RequestContext context) => Users.DeleteAsync(id, context);
    }
}
