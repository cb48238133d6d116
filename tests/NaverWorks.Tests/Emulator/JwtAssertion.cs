using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

/// <summary>Mints RS256 service-account assertions for the token endpoint, correct by default and wrong on request.</summary>
internal static class JwtAssertion
{
    public static string Create(
        DemoApp app,
        Action<JsonObject>? claims = null,
        Action<JsonObject>? header = null,
        string? privateKeyPem = null,
        Func<byte[], string>? encode = null)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var headerJson = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT" };
        var payload = new JsonObject { ["iss"] = app.ClientId, ["sub"] = app.ServiceAccount, ["iat"] = now, ["exp"] = now + 3600 };
        header?.Invoke(headerJson);
        claims?.Invoke(payload);
        encode ??= Base64Url;

        var signingInput = encode(Encoding.UTF8.GetBytes(headerJson.ToJsonString())) + "." + encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem ?? app.PrivateKeyPem);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + encode(signature);
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Standard Base64 with padding: the classic client mistake.</summary>
    public static string PaddedBase64(byte[] bytes) => Convert.ToBase64String(bytes);

    /// <summary>base64url alphabet but with '=' padding kept.</summary>
    public static string PaddedBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
}
