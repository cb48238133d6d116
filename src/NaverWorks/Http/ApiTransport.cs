using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NaverWorks.Http
{
    /// <summary>
    /// The one HTTP pipeline of the module, shared by NAVER WORKS and WORKPLACE: rate limiting, credentials,
    /// retries with backoff, timeouts, logging and error mapping all happen here and nowhere else.
    /// One instance per session, so connections are reused across cmdlets and threads.
    /// </summary>
    public sealed class ApiTransport : IDisposable
    {
        private readonly HttpClient _client;
        private readonly IRequestAuthenticator _authenticator;
        private readonly IErrorParser _errors;
        private readonly ApiService _service;
        private readonly string _basePath;

        /// <summary>Creates a transport for the service at <paramref name="baseAddress"/>.</summary>
        public ApiTransport(Uri baseAddress, IRequestAuthenticator authenticator, IErrorParser errors, ApiService service, TransportOptions? options = null)
        {
            options ??= new TransportOptions();
            EndpointPolicy.Require(baseAddress, "endpoint");
            BaseAddress = new Uri(baseAddress.AbsoluteUri.TrimEnd('/'));
            _basePath = BaseAddress.AbsolutePath.TrimEnd('/');
            _authenticator = authenticator;
            _errors = errors;
            _service = service;
            Retry = options.Retry ?? new RetryPolicy();
            RateLimiter = new OperationRateLimiter(options.RateLimitPerMinute);
            Pacer = new RequestPacer();
            _client = new HttpClient(options.Handler ?? CreateHandler(options), disposeHandler: true)
            {
                Timeout = Timeout.InfiniteTimeSpan, // per attempt instead, see RetryPolicy.AttemptTimeout
            };
            _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
            _client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        }

        /// <summary>The service base, e.g. <c>https://www.worksapis.com/v1.0</c>.</summary>
        public Uri BaseAddress { get; }

        /// <summary>The retry policy (adjustable per session).</summary>
        public RetryPolicy Retry { get; }

        /// <summary>The proactive per-operation rate limiter (adjustable per session).</summary>
        public OperationRateLimiter RateLimiter { get; }

        /// <summary>One-at-a-time pacing of request groups such as org-unit writes (adjustable per session).</summary>
        public RequestPacer Pacer { get; }

        /// <summary>Sends <paramref name="request"/>, retrying what is safe to retry, and returns the successful answer.</summary>
        /// <exception cref="WorksApiException">The service refused the request, or it failed after all retries.</exception>
        public async Task<ApiResponse> SendAsync(ApiRequest request, RequestContext context)
        {
            string pathAndQuery = request.PathAndQuery();
            // A host-only base (WORKPLACE) has AbsoluteUri "https://host/": trim it, or the path would start with "//".
            var uri = new Uri(BaseAddress.AbsoluteUri.TrimEnd('/') + pathAndQuery);
            string shown = Redactor.Redact(_basePath + pathAndQuery);
            var total = Stopwatch.StartNew();
            bool refreshed = false;
            int attempt = 0;
            while (true)
            {
                attempt++;
                context.Cancellation.ThrowIfCancellationRequested();
                await RateLimiter.WaitAsync(request.Operation, context.Cancellation).ConfigureAwait(false);
                Outcome outcome;
                using (await Pacer.EnterAsync(request.PacingGroup, context.Cancellation).ConfigureAwait(false))
                    outcome = await AttemptAsync(request, uri, shown, attempt, context).ConfigureAwait(false);
                if (outcome.Response is not null) return outcome.Response;

                ApiError error = outcome.Error!;
                // What was asked decides the advice (which scope, which grant), so the error carries it.
                error.Operation = request.Operation;
                error.RequestPath = request.Path;
                if ((int)error.Status == 401 && !refreshed && await _authenticator.RefreshAfterRejectionAsync(outcome.Stamp, context).ConfigureAwait(false))
                {
                    refreshed = true;
                    attempt--; // a credential refresh is not a retry of a failing service
                    continue;
                }

                bool mayRepeat = error.IsTransient && (request.IsIdempotent || !error.OutcomeUnknown);
                if (!mayRepeat) throw new WorksApiException(error, request.Method.Method, shown, outcome.Exception);

                TimeSpan delay = Retry.NextDelay(attempt, error.RetryAfter);
                if (!Retry.MayRetry(attempt, total.Elapsed, delay))
                    throw new WorksApiException(error, request.Method.Method, shown, outcome.Exception);
                if ((int)error.Status == 429)
                {
                    // Everyone calling this operation waits, not just this thread.
                    RateLimiter.Block(request.Operation, delay);
                    if (delay > TimeSpan.FromSeconds(5))
                        context.Log.Warning($"Rate limit reached for {request.Operation}; waiting {delay.TotalSeconds:0} s as the service asked.");
                }
                else
                {
                    await Task.Delay(delay, context.Cancellation).ConfigureAwait(false);
                }
            }
        }

        private async Task<Outcome> AttemptAsync(ApiRequest request, Uri uri, string shown, int attempt, RequestContext context)
        {
            using var message = new HttpRequestMessage(request.Method, uri);
            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(request.Body);
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
            object? stamp = await _authenticator.AuthenticateAsync(message, context).ConfigureAwait(false);
            if (context.Log.IsDebugEnabled) context.Log.Debug(DescribeRequest(message, request, shown));

            using var attemptCancel = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation);
            attemptCancel.CancelAfter(Retry.AttemptTimeout);
            var watch = Stopwatch.StartNew();
            string retryNote = attempt > 1 ? $" [attempt {attempt}]" : "";
            HttpResponseMessage response;
            byte[] body;
            try
            {
                response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, attemptCancel.Token).ConfigureAwait(false);
                body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (!context.Cancellation.IsCancellationRequested && IsTransportFailure(ex))
            {
                bool neverSent = WasNeverSent(ex);
                string reason = ex is OperationCanceledException
                    ? $"no answer within {Retry.AttemptTimeout.TotalSeconds:0} s"
                    : Innermost(ex).Message;
                context.Log.Verbose($"{request.Method.Method} {shown} -> no response: {reason} ({watch.ElapsedMilliseconds} ms){retryNote}");
                var error = new ApiError(_service, 0, null, reason) { OutcomeUnknown = !neverSent };
                return new Outcome(error, ex, stamp);
            }

            using (response)
            {
                context.Log.Verbose($"{request.Method.Method} {shown} -> {(int)response.StatusCode} ({watch.ElapsedMilliseconds} ms){retryNote}");
                if (context.Log.IsDebugEnabled) context.Log.Debug(DescribeResponse(response, body));
                ReadRateLimitHeaders(response.Headers, out int? remaining, out TimeSpan? reset);
                RateLimiter.Observe(request.Operation, remaining, reset);
                if (response.IsSuccessStatusCode)
                    return new Outcome(new ApiResponse(response.StatusCode, body, response.Headers, attempt));

                var error = _errors.Parse(response.StatusCode, Decode(body), response.Headers);
                error.RetryAfter = RetryAfter(response.Headers) ?? reset;
                // A 5xx may come after the server acted; 429 and 408 mean it did not.
                error.OutcomeUnknown = (int)response.StatusCode >= 500;
                return new Outcome(error, null, stamp);
            }
        }

        /// <summary>Reads the documented <c>rateLimit-remaining</c> and <c>rateLimit-reset</c> headers.</summary>
        internal static void ReadRateLimitHeaders(HttpResponseHeaders headers, out int? remaining, out TimeSpan? reset)
        {
            remaining = HeaderNumber(headers, "rateLimit-remaining") is double r ? (int)r : (int?)null;
            reset = HeaderNumber(headers, "rateLimit-reset") is double s && s >= 0 ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        }

        private static TimeSpan? RetryAfter(HttpResponseHeaders headers)
        {
            var ra = headers.RetryAfter;
            if (ra is null) return null;
            if (ra.Delta is TimeSpan delta) return delta;
            if (ra.Date is DateTimeOffset date)
            {
                var wait = date - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }

        private static double? HeaderNumber(HttpResponseHeaders headers, string name)
        {
            if (!headers.TryGetValues(name, out var values)) return null;
            string? first = values.FirstOrDefault();
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : (double?)null;
        }

        private static bool IsTransportFailure(Exception ex) =>
            ex is HttpRequestException || ex is IOException || ex is OperationCanceledException || ex is SocketException;

        // Only a refused or unresolvable connection proves the request never reached the service.
        private static bool WasNeverSent(Exception ex)
        {
            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                if (e is SocketException se &&
                    (se.SocketErrorCode == SocketError.ConnectionRefused || se.SocketErrorCode == SocketError.HostNotFound ||
                     se.SocketErrorCode == SocketError.NetworkUnreachable || se.SocketErrorCode == SocketError.HostUnreachable))
                    return true;
            }
            return false;
        }

        private static Exception Innermost(Exception ex)
        {
            while (ex.InnerException is not null) ex = ex.InnerException;
            return ex;
        }

        private static string Decode(byte[] body) => body.Length == 0 ? string.Empty : Encoding.UTF8.GetString(body);

        private static string DescribeRequest(HttpRequestMessage message, ApiRequest request, string shown)
        {
            var sb = new StringBuilder();
            sb.Append("Request ").Append(request.Method.Method).Append(' ').Append(shown);
            foreach (var h in message.Headers) sb.Append("\n  ").Append(h.Key).Append(": ").Append(HeaderValueForLog(h.Key, h.Value));
            if (request.Body is not null) sb.Append("\n  ").Append(Redactor.RedactAndTruncate(Decode(request.Body)));
            return sb.ToString();
        }

        private static string DescribeResponse(HttpResponseMessage response, byte[] body)
        {
            var sb = new StringBuilder();
            sb.Append("Response ").Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase);
            foreach (var h in response.Headers) sb.Append("\n  ").Append(h.Key).Append(": ").Append(HeaderValueForLog(h.Key, h.Value));
            if (body.Length > 0) sb.Append("\n  ").Append(Redactor.RedactAndTruncate(Decode(body)));
            return sb.ToString();
        }

        private static string HeaderValueForLog(string name, System.Collections.Generic.IEnumerable<string> values)
        {
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ||
                name.IndexOf("signature", StringComparison.OrdinalIgnoreCase) >= 0 ||
                name.IndexOf("access-key", StringComparison.OrdinalIgnoreCase) >= 0 ||
                name.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
                return "***";
            return Redactor.Redact(string.Join(", ", values));
        }

        private static HttpMessageHandler CreateHandler(TransportOptions options)
        {
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                MaxConnectionsPerServer = options.MaxConnections,
                AllowAutoRedirect = false,
            };
            if (options.Proxy is not null)
            {
                handler.Proxy = new WebProxy(options.Proxy) { UseDefaultCredentials = true };
                handler.UseProxy = true;
            }
            return handler;
        }

        /// <summary>Closes the session's connections.</summary>
        public void Dispose() => _client.Dispose();

        private sealed class Outcome
        {
            public Outcome(ApiResponse response) => Response = response;

            public Outcome(ApiError error, Exception? exception, object? stamp)
            {
                Error = error;
                Exception = exception;
                Stamp = stamp;
            }

            public object? Stamp { get; }

            public ApiResponse? Response { get; }
            public ApiError? Error { get; }
            public Exception? Exception { get; }
        }
    }
}
