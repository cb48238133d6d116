using System;
using System.IO;
using System.Management.Automation;
using System.Net;
using NaverWorks.Auth;
using NaverWorks.Http;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// The one place exceptions become ErrorRecords: a category PowerShell users can filter on, an error id
    /// naming the API's own code, and the advice in the message and in RecommendedAction.
    /// </summary>
    internal static class ErrorRecordFactory
    {
        public static ErrorRecord Create(Exception exception, object? target, string? subject)
        {
            string prefix = string.IsNullOrEmpty(subject) ? "" : subject + ": ";
            if (exception is WorksApiException api)
            {
                var record = new ErrorRecord(api, ErrorId(api), Category(api), target)
                {
                    ErrorDetails = new ErrorDetails(prefix + api.Message),
                };
                return record;
            }
            var category = exception switch
            {
                PrivateKeyException => ErrorCategory.InvalidData,
                ArgumentException => ErrorCategory.InvalidArgument,
                FileNotFoundException => ErrorCategory.ObjectNotFound,
                InvalidDataException => ErrorCategory.InvalidData,
                TimeoutException => ErrorCategory.OperationTimeout,
                UnauthorizedAccessException => ErrorCategory.PermissionDenied,
                NotSupportedException => ErrorCategory.NotImplemented,
                _ => ErrorCategory.InvalidOperation,
            };
            string id = exception.GetType().Name.Replace("Exception", "");
            return new ErrorRecord(exception, id, category, target)
            {
                ErrorDetails = new ErrorDetails(prefix + exception.Message),
            };
        }

        private static string ErrorId(WorksApiException e)
        {
            if (!string.IsNullOrEmpty(e.Code)) return e.Code!;
            return e.StatusCode == 0 ? "NoResponse" : "Http" + (int)e.StatusCode;
        }

        private static ErrorCategory Category(WorksApiException e)
        {
            if (e.Code == "UNEXPECTED_RESPONSE") return ErrorCategory.InvalidResult;
            switch ((int)e.StatusCode)
            {
                case 0: return ErrorCategory.ConnectionError;
                case 400: return ErrorCategory.InvalidArgument;
                case 401: return ErrorCategory.AuthenticationError;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 409: return ErrorCategory.ResourceExists;
                case 410: return ErrorCategory.ObjectNotFound;
                case 413: return ErrorCategory.LimitsExceeded;
                case 429: return ErrorCategory.LimitsExceeded;
                case (int)HttpStatusCode.RequestTimeout: return ErrorCategory.OperationTimeout;
                default: return (int)e.StatusCode >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
            }
        }
    }
}
