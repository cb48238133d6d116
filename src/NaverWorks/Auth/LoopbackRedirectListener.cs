using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NaverWorks.Auth
{
    /// <summary>
    /// Catches the browser's redirect to <c>http://localhost:{port}/{path}</c> at the end of the consent.
    /// A raw TCP listener rather than HttpListener: it needs no URL reservation or admin rights on Windows
    /// and behaves the same on every platform.
    /// </summary>
    internal sealed class LoopbackRedirectListener : IDisposable
    {
        private readonly List<TcpListener> _listeners = new List<TcpListener>();
        private readonly string _path;

        public LoopbackRedirectListener(Uri redirectUri)
        {
            _path = redirectUri.AbsolutePath;
            Start(IPAddress.Loopback, redirectUri.Port);
            // Browsers may resolve "localhost" to ::1 first; listen there too when the machine has IPv6.
            if (redirectUri.IsLoopback && !IPAddress.TryParse(redirectUri.DnsSafeHost, out _))
            {
                try { Start(IPAddress.IPv6Loopback, redirectUri.Port); }
                catch (SocketException) { }
            }
        }

        public static bool Handles(Uri redirectUri) =>
            redirectUri.Scheme == Uri.UriSchemeHttp && Http.EndpointPolicy.IsLoopback(redirectUri) && !redirectUri.IsDefaultPort;

        /// <summary>Waits for the redirect and returns its query parameters.</summary>
        public async Task<IDictionary<string, string>> WaitAsync(TimeSpan timeout, CancellationToken cancellation)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            cts.CancelAfter(timeout);
            using (cts.Token.Register(Stop))
            {
                while (true)
                {
                    TcpClient client;
                    try
                    {
                        client = await AcceptAnyAsync().ConfigureAwait(false);
                    }
                    catch (Exception) when (cts.IsCancellationRequested)
                    {
                        cancellation.ThrowIfCancellationRequested();
                        throw new TimeoutException($"No answer from the browser within {timeout.TotalMinutes:0} minutes. Run Connect-Works again and finish the sign-in.");
                    }
                    using (client)
                    {
                        var result = await HandleAsync(client).ConfigureAwait(false);
                        if (result is not null) return result;
                    }
                }
            }
        }

        private void Start(IPAddress address, int port)
        {
            var listener = new TcpListener(address, port);
            listener.Start();
            _listeners.Add(listener);
        }

        private async Task<TcpClient> AcceptAnyAsync()
        {
            var tasks = new List<Task<TcpClient>>();
            foreach (var l in _listeners) tasks.Add(l.AcceptTcpClientAsync());
            var first = await Task.WhenAny(tasks).ConfigureAwait(false);
            return await first.ConfigureAwait(false);
        }

        private async Task<IDictionary<string, string>?> HandleAsync(TcpClient client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII);
            string? requestLine = await reader.ReadLineAsync().ConfigureAwait(false);
            string[] parts = (requestLine ?? "").Split(' ');
            if (parts.Length < 2 || parts[0] != "GET")
            {
                await RespondAsync(stream, 400, "Bad request.").ConfigureAwait(false);
                return null;
            }
            string target = parts[1];
            int q = target.IndexOf('?');
            string path = q >= 0 ? target.Substring(0, q) : target;
            if (!string.Equals(path, _path, StringComparison.Ordinal))
            {
                await RespondAsync(stream, 404, "Not found.").ConfigureAwait(false);
                return null;
            }
            var query = QueryString.Parse(q >= 0 ? target.Substring(q + 1) : "");
            bool ok = query.ContainsKey("code") && !query.ContainsKey("error");
            await RespondAsync(stream, 200, ok
                ? "NaverWorks: sign-in complete. You can close this window and return to PowerShell."
                : "NaverWorks: sign-in did not complete. Return to PowerShell for details.").ConfigureAwait(false);
            return query;
        }

        private static async Task RespondAsync(Stream stream, int status, string text)
        {
            string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>NaverWorks</title></head><body><p>" + WebUtility.HtmlEncode(text) + "</p></body></html>";
            byte[] body = Encoding.UTF8.GetBytes(html);
            string head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Error")}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            byte[] headBytes = Encoding.ASCII.GetBytes(head);
            await stream.WriteAsync(headBytes, 0, headBytes.Length).ConfigureAwait(false);
            await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }

        private void Stop()
        {
            foreach (var l in _listeners) l.Stop();
        }

        public void Dispose() => Stop();
    }
}
