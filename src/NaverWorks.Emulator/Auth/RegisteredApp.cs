using System.Security.Cryptography;

namespace NaverWorks.Emulator.Auth;

/// <summary>The auth server's view of a client app: the public half of its key and what it may do.</summary>
internal sealed class RegisteredApp(DemoApp app, RSAParameters publicKey)
{
    private readonly Lock _rsaSync = new();
    private readonly RSA _rsa = CreatePublic(publicKey);

    public DemoApp App { get; } = app;

    public string ClientId => App.ClientId;

    public IReadOnlySet<string> Scopes { get; } = new HashSet<string>(app.Scopes, StringComparer.Ordinal);

    public bool SecretMatches(string? secret) =>
        secret is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(App.ClientSecret));

    public bool VerifyRs256(ReadOnlySpan<byte> signedData, ReadOnlySpan<byte> signature)
    {
        // RSA instances are not documented as thread-safe; verifications are cheap, so serialize them.
        lock (_rsaSync)
        {
            return _rsa.VerifyData(signedData, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }

    /// <summary>Registered redirect URIs match exactly; any http loopback URI is allowed too, for tests and CLI sign-in.</summary>
    public bool AllowsRedirect(string redirectUri)
    {
        if (App.AllowedRedirectUris.Contains(redirectUri, StringComparer.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttp
            && uri.Host is "localhost" or "127.0.0.1" or "[::1]"
            && string.IsNullOrEmpty(uri.Fragment);
    }

    private static RSA CreatePublic(RSAParameters parameters)
    {
        var rsa = RSA.Create();
        rsa.ImportParameters(parameters);
        return rsa;
    }
}
