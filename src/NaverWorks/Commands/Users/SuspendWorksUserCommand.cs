using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Commands.Users
{
    /// <summary>
    /// <para type="synopsis">Suspends NAVER WORKS members.</para>
    /// <para type="description">Suspends each active user named by id, login email or externalKey:KEY (or piped from
    /// Get-WorksUser). The super admin, pending members and members already suspended are refused by the service.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Suspend, "WorksUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class SuspendWorksUserCommand : UserActionCmdlet
    {
        /// <inheritdoc />
        protected override string Activity => "Suspending users";

        /// <inheritdoc />
        protected override string Action => "Suspend user";

        /// <inheritdoc />
        protected override Task<bool> ActAsync(string id, RequestContext context) => Users.SuspendAsync(id, context);
    }
}
