using System.Management.Automation;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// Get-WorksSession and Get-WorkplaceSession: the runspace's current session of one kind, or with -All every
    /// open one, oldest first.
    /// </summary>
    public abstract class GetSessionCommand<TSession> : PSCmdlet where TSession : class, ISession
    {
        /// <summary>Every open session of this runspace, oldest first.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            if (All)
            {
                foreach (var s in SessionRegistry<TSession>.All) WriteObject(s);
            }
            else if (SessionRegistry<TSession>.Default is TSession current)
            {
                WriteObject(current);
            }
        }
    }
}
