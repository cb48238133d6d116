using System;
using System.Net;

namespace NaverWorks.Http
{
    /// <summary>
    /// The one exception every API failure becomes, for both NAVER WORKS and WORKPLACE:
    /// it carries what the server said and what was asked, so a cmdlet can tell the user what to do.
    /// </summary>
    public sealed class WorksApiException : Exception
    {
        /// <summary>Creates the exception from a parsed API error.</summary>
        public WorksApiException(ApiError error, string method, string path, Exception? inner = null)
            : base(ErrorMessages.Describe(error, method, path), inner)
        {
            Error = error;
            Method = method;
            Path = path;
        }

        /// <summary>The parsed error (status, code, description, raw body).</summary>
        public ApiError Error { get; }

        /// <summary>HTTP status; 0 when no response arrived.</summary>
        public HttpStatusCode StatusCode => Error.Status;

        /// <summary>The API's error code, such as <c>ALREADY_EXIST</c> or gateway code <c>200</c>.</summary>
        public string? Code => Error.Code;

        /// <summary>The API's description of the error.</summary>
        public string? Description => Error.Description;

        /// <summary>HTTP method of the failed request.</summary>
        public string Method { get; }

        /// <summary>Path (without host and query secrets) of the failed request.</summary>
        public string Path { get; }

        /// <summary>
        /// True when the request may have been carried out although no success was seen
        /// (timeout, dropped connection, 5xx after sending). A create must be reconciled before it is sent again.
        /// </summary>
        public bool OutcomeUnknown => Error.OutcomeUnknown;
    }
}
