using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Commands.Users
{
    /// <summary>
    /// <para type="synopsis">Lifts the suspension of NAVER WORKS members.</para>
    /// <para type="description">Resumes each suspended user named by id, login email or externalKey:KEY (or piped from
    /// Get-WorksUser).</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Resume, "WorksUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class ResumeWorksUserCommand : UserActionCmdlet
    {
        /// <inheritdoc />
        protected override string Activity => "Resuming users";

        /// <inheritdoc />
        protected override string Action => "Resume user";

        /// <inheritdoc />
        protected override Task<bool> ActAsync(string id, RequestContext context) => Users.ResumeAsync(id, context);
    }
}
