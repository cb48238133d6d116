using System;
using System.Management.Automation;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// A cmdlet that works through a session: the one given with -Session, or else the runspace's most
    /// recent connection.
    /// </summary>
    public abstract class SessionCmdlet<TSession> : NaverWorksCmdlet where TSession : class, ISession
    {
        private TSession? _resolved;

        /// <summary>The -Session value, if bound.</summary>
        protected abstract TSession? SessionParameter { get; }

        /// <summary>The command that opens this kind of session, for the error message.</summary>
        protected abstract string ConnectCommand { get; }

        /// <summary>The session to use; stops the cmdlet with advice when there is none.</summary>
        protected TSession CurrentSession
        {
            get
            {
                if (_resolved is not null) return _resolved;
                _resolved = SessionParameter ?? SessionRegistry<TSession>.Default;
                if (_resolved is null)
                {
                    ThrowTerminating(new InvalidOperationException($"Not connected. Run {ConnectCommand} first, or pass -Session."), null);
                }
                return _resolved!;
            }
        }
    }

    /// <summary>Base of cmdlets that call the NAVER WORKS API.</summary>
    public abstract class WorksCmdlet : SessionCmdlet<WorksSession>
    {
        /// <summary>The session to use (from <c>Connect-Works -PassThru</c>); the most recent connection by default.</summary>
        [Parameter]
        public WorksSession? Session { get; set; }

        /// <inheritdoc />
        protected override WorksSession? SessionParameter => Session;

        /// <inheritdoc />
        protected override string ConnectCommand => "Connect-Works";
    }
}
