using System.Threading;

namespace NaverWorks.Http
{
    /// <summary>What one cmdlet invocation lends to every call it makes: where to log and when to stop.</summary>
    public sealed class RequestContext
    {
        /// <summary>Creates a context.</summary>
        public RequestContext(IHttpLog? log = null, CancellationToken cancellation = default)
        {
            Log = log ?? NullHttpLog.Instance;
            Cancellation = cancellation;
        }

        /// <summary>A context that logs nothing and never cancels.</summary>
        public static RequestContext None { get; } = new RequestContext();

        /// <summary>Where HTTP activity is reported.</summary>
        public IHttpLog Log { get; }

        /// <summary>Signalled when the user presses Ctrl+C (StopProcessing).</summary>
        public CancellationToken Cancellation { get; }
    }
}
