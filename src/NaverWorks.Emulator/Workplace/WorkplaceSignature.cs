using System;
using System.Security.Cryptography;
using System.Text;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// The server side of API Gateway signature v2. Deliberately an independent implementation from the
/// module's signer, so the emulator catches a signer bug instead of sharing it.
/// </summary>
public static class WorkplaceSignature
{
    /// <summary>Builds <c>METHOD SP target LF timestamp LF accessKey</c>, with no trailing newline.</summary>
    public static string StringToSign(string method, string requestTarget, string timestamp, string accessKey) =>
        method + " " + requestTarget + "\n" + timestamp + "\n" + accessKey;

    /// <summary>Base64(HMAC-SHA256(secret, UTF-8 string to sign)).</summary>
    public static string Compute(ReadOnlySpan<byte> secretKeyUtf8, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(secretKeyUtf8, Encoding.UTF8.GetBytes(stringToSign)));

    /// <summary>Compares a provided signature with the expected one in time independent of where they differ.</summary>
    public static bool Matches(string expected, string provided) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(provided));
}
