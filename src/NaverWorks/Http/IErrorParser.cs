using System.Net;
using System.Net.Http.Headers;

namespace NaverWorks.Http
{
    /// <summary>Reads a service's error body into an <see cref="ApiError"/>.</summary>
    public interface IErrorParser
    {
        /// <summary>Parses an error response. Never throws: an unreadable body still yields an error.</summary>
        ApiError Parse(HttpStatusCode status, string body, HttpResponseHeaders headers);
    }
}
