using NaverWorks.Http;

namespace NaverWorks.Commands.Common
{
    /// <summary>Sends transport messages to -Verbose, -Debug and warnings, through the pipeline thread.</summary>
    internal sealed class PipelineHttpLog : IHttpLog
    {
        private readonly NaverWorksCmdlet _cmdlet;
        private readonly PipelineDispatcher _dispatcher;

        public PipelineHttpLog(NaverWorksCmdlet cmdlet, PipelineDispatcher dispatcher, bool debugEnabled, bool verboseEnabled = true)
        {
            _cmdlet = cmdlet;
            _dispatcher = dispatcher;
            IsDebugEnabled = debugEnabled;
            IsVerboseEnabled = verboseEnabled;
        }

        public bool IsDebugEnabled { get; }

        /// <summary>False when -Verbose output would be discarded anyway: then lines are not even queued (a bulk run makes thousands).</summary>
        public bool IsVerboseEnabled { get; }

        // Messages are redacted again here: whatever a caller forgot, secrets never reach a stream.
        public void Verbose(string message)
        {
            if (IsVerboseEnabled) _dispatcher.Post(() => _cmdlet.WriteVerbose(Redactor.Redact(message)));
        }

        public void Debug(string message)
        {
            if (IsDebugEnabled) _dispatcher.Post(() => _cmdlet.WriteDebug(Redactor.Redact(message)));
        }

        public void Warning(string message) => _dispatcher.Post(() => _cmdlet.WriteWarning(Redactor.Redact(message)));
    }
}
