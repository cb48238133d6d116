using System;
using System.Net;

namespace NaverWorks.Http
{
    /// <summary>
    /// Refuses endpoints that would send credentials in clear text: HTTPS everywhere, plain HTTP only to
    /// this machine (the emulator).
    /// </summary>
    public static class EndpointPolicy
    {
        /// <summary>Throws when <paramref name="uri"/> is not HTTPS and not a loopback HTTP address.</summary>
        public static void Require(Uri uri, string what)
        {
            if (!uri.IsAbsoluteUri)
                throw new ArgumentException($"The {what} '{uri}' is not an absolute URL.");
            if (uri.Scheme == Uri.UriSchemeHttps) return;
            if (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)) return;
            throw new ArgumentException(
                $"The {what} '{uri.GetLeftPart(UriPartial.Authority)}' is refused: credentials are only sent over HTTPS, or over plain HTTP to this computer (the emulator).");
        }

        /// <summary>True for localhost, 127.0.0.0/8 and ::1.</summary>
        public static bool IsLoopback(Uri uri)
        {
            if (uri.IsLoopback) return true;
            return IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip);
        }
    }
}
