namespace NaverWorks.Http
{
    /// <summary>
    /// Where the transport reports what it does. Cmdlets route it to -Verbose/-Debug on the pipeline
    /// thread; the transport never sees PowerShell types. Messages are already redacted.
    /// </summary>
    public interface IHttpLog
    {
        /// <summary>One line per HTTP call.</summary>
        void Verbose(string message);

        /// <summary>Headers and truncated bodies.</summary>
        void Debug(string message);

        /// <summary>Things the user should know even without -Verbose (e.g. waiting out a rate limit).</summary>
        void Warning(string message);

        /// <summary>True when Debug output is wanted (so bodies are only formatted when needed).</summary>
        bool IsDebugEnabled { get; }
    }

    /// <summary>A log that discards everything.</summary>
    public sealed class NullHttpLog : IHttpLog
    {
        /// <summary>The shared instance.</summary>
        public static readonly NullHttpLog Instance = new NullHttpLog();

        /// <inheritdoc />
        public void Verbose(string message) { }

        /// <inheritdoc />
        public void Debug(string message) { }

        /// <inheritdoc />
        public void Warning(string message) { }

        /// <inheritdoc />
        public bool IsDebugEnabled => false;
    }
}
