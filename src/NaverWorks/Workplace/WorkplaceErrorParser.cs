using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NaverWorks.Http;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// WORKPLACE error bodies: the API Gateway's <c>{"error":{"errorCode","message","details"}}</c> and the
    /// application's flat <c>{status, code, message, errors[{field, message}]}</c> (undocumented, so read
    /// tolerantly); anything else is kept raw. A 401 whose <c>Date</c> header shows this computer's clock
    /// near or past the gateway's 5-minute limit carries the skew, so the message can say so.
    /// </summary>
    public sealed class WorkplaceErrorParser : IErrorParser
    {
        /// <summary>The gateway refuses a timestamp this far or further from its own clock.</summary>
        public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

        // Date has one-second resolution and the answer takes a moment to arrive, so a skew just under the
        // limit may still have been the cause. A smaller one was not: then the keys are the suspect.
        private static readonly TimeSpan SkewWorthReporting = MaxSkew - TimeSpan.FromSeconds(10);

        private readonly Func<DateTimeOffset> _clock;

        /// <summary>Creates a parser.</summary>
        /// <param name="clock">The local clock requests are signed with; the system clock by default.</param>
        public WorkplaceErrorParser(Func<DateTimeOffset>? clock = null) => _clock = clock ?? (() => DateTimeOffset.UtcNow);

        /// <inheritdoc />
        public ApiError Parse(HttpStatusCode status, string body, HttpResponseHeaders headers)
        {
            string raw = Redactor.RedactAndTruncate(body, 4096);
            string? code = null, description = null;
            if (JsonBody.TryParseObject(body, out JsonElement root))
            {
                if (root.TryGetProperty("error", out JsonElement gateway) && gateway.ValueKind == JsonValueKind.Object)
                    ReadGateway(gateway, out code, out description);
                else
                    ReadApplication(root, out code, out description);
            }
            var error = new ApiError(ApiService.Workplace, status, code, description ?? JsonBody.Unexpected(status, body), raw);
            if ((int)status == 401 && headers?.Date is DateTimeOffset serverTime)
            {
                TimeSpan skew = _clock() - serverTime;
                if (skew.Duration() >= SkewWorthReporting) error.ClockSkew = skew;
            }
            return error;
        }

        private static void ReadGateway(JsonElement error, out string? code, out string? description)
        {
            code = JsonBody.String(error, "errorCode");
            string? message = JsonBody.String(error, "message");
            string? details = JsonBody.String(error, "details");
            description = string.IsNullOrWhiteSpace(details) ? message : (message is null ? details : message + " (" + details!.Trim().TrimEnd('.') + ")");
        }

        private static void ReadApplication(JsonElement root, out string? code, out string? description)
        {
            code = JsonBody.String(root, "code");
            string? message = JsonBody.String(root, "message");
            var fields = new List<string>();
            if (root.TryGetProperty("errors", out JsonElement errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in errors.EnumerateArray())
                {
                    string? field = JsonBody.String(item, "field");
                    string? text = JsonBody.String(item, "message");
                    if (field is null && text is null) continue;
                    if (field is null) fields.Add(text!.Trim().TrimEnd('.'));
                    // A conflict repeats its message under the field; name the field once instead.
                    else if (text is null || text == message) fields.Add(WorkplaceFieldNames.Describe(field));
                    else fields.Add(WorkplaceFieldNames.Describe(field) + ": " + text.Trim().TrimEnd('.'));
                }
            }
            if (message is null && fields.Count == 0)
            {
                description = null;
                return;
            }
            string lead = message is null ? "" : message.Trim();
            if (fields.Count == 0) description = lead;
            else description = (lead.Length == 0 ? "" : (lead.EndsWith(".", StringComparison.Ordinal) ? lead + " " : lead + ". ")) + string.Join("; ", fields);
        }
    }
}
