using NaverWorks.Http;

namespace NaverWorks.Sessions
{
    /// <summary>What every connection, WORKS or WORKPLACE, offers the cmdlets.</summary>
    public interface ISession
    {
        /// <summary>A number unique within the process, for picking a session out of several.</summary>
        int Id { get; }

        /// <summary>The session's HTTP pipeline.</summary>
        ApiTransport Transport { get; }
    }
}
