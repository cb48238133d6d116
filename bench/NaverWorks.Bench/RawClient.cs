using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NaverWorks.Bench;

/// <summary>
/// The hand-written client the module is compared with: one HttpClient with a bearer token, obtained the way a
/// script would (an RS256 service-account assertion posted to the token endpoint), from an emulator running as
/// its own process.
/// </summary>
internal static class RawClient
{
    public static async Task<HttpClient> CreateAsync(EmulatorProcess emulator)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32, AutomaticDecompression = System.Net.DecompressionMethods.All })
        {
            BaseAddress = new Uri(emulator["apiEndpoint"].TrimEnd('/') + "/"),
        };
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = Assertion(emulator["clientId"], emulator["serviceAccount"], File.ReadAllText(emulator["privateKeyPath"])),
            ["client_id"] = emulator["clientId"],
            ["client_secret"] = emulator["clientSecret"],
            ["scope"] = string.Join(" ", emulator.Scopes),
        });
        using var response = await http.PostAsync(emulator["authEndpoint"].TrimEnd('/') + "/token", form);
        response.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
        return http;
    }

    private static string Assertion(string clientId, string serviceAccount, string privateKeyPem)
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", typ = "JWT" }));
        string payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { iss = clientId, sub = serviceAccount, iat = now, exp = now + 3600 }));
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        byte[] signature = rsa.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
