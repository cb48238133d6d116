using System.Net.Http;
using System.Threading.Tasks;

namespace NaverWorks.Http
{
    /// <summary>
    /// Adds credentials to each attempt: a bearer token for NAVER WORKS, an HMAC signature for WORKPLACE.
    /// Called once per attempt, so signatures carry a fresh timestamp and tokens a fresh value.
    /// </summary>
    public interface IRequestAuthenticator
    {
        /// <summary>
        /// Adds the credentials to <paramref name="request"/> and returns a stamp naming them, so a later
        /// rejection can tell whether someone else has already renewed them.
        /// </summary>
        Task<object?> AuthenticateAsync(HttpRequestMessage request, RequestContext context);

        /// <summary>
        /// After a 401 for the credentials named by <paramref name="stamp"/>, obtains fresh ones if that can
        /// help; returns false when it cannot (then the 401 is final).
        /// </summary>
        Task<bool> RefreshAfterRejectionAsync(object? stamp, RequestContext context);
    }
}
