using System.Management.Automation;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Common
{
    /// <summary>Base of cmdlets that call the NAVER Cloud WORKPLACE API.</summary>
    public abstract class WorkplaceCmdlet : SessionCmdlet<WorkplaceSession>
    {
        /// <summary>The session to use (from <c>Connect-Workplace -PassThru</c>); the most recent connection by default.</summary>
        [Parameter]
        public WorkplaceSession? Session { get; set; }

        /// <inheritdoc />
        protected override WorkplaceSession? SessionParameter => Session;

        /// <inheritdoc />
        protected override string ConnectCommand => "Connect-Workplace";
    }
}
