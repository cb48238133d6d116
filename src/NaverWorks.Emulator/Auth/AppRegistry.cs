using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace NaverWorks.Emulator.Auth;

/// <summary>The client apps the auth server knows, each with a freshly generated RSA key pair.</summary>
internal sealed class AppRegistry(EmulatorOptions options)
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string LowerAlphanumeric = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly ConcurrentDictionary<string, RegisteredApp> _apps = new(StringComparer.Ordinal);

    public RegisteredApp? Find(string? clientId) =>
        clientId is not null && _apps.TryGetValue(clientId, out var app) ? app : null;

    public DemoApp Register(string? clientId, IEnumerable<string>? scopes, string loginUserId, string loginEmail)
    {
        var granted = (scopes ?? Scopes.DemoDefault).Distinct(StringComparer.Ordinal).ToList();
        var unknown = granted.Where(s => !Scopes.Known.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown scope(s): {string.Join(", ", unknown)}", nameof(scopes));
        }

        using var rsa = RSA.Create(2048);
        var app = new DemoApp(
            clientId ?? RandomNumberGenerator.GetString(Alphanumeric, 20),
            RandomNumberGenerator.GetString(Alphanumeric, 10),
            $"{RandomNumberGenerator.GetString(LowerAlphanumeric, 5)}.serviceaccount@{options.MailDomain}",
            rsa.ExportPkcs8PrivateKeyPem(),
            rsa.ExportRSAPrivateKeyPem(),
            granted,
            options.DomainId)
        {
            AllowedRedirectUris = ["https://app.example.com/oauth/callback"],
            LoginUserId = loginUserId,
            LoginEmail = loginEmail,
        };

        if (!_apps.TryAdd(app.ClientId, new RegisteredApp(app, rsa.ExportParameters(includePrivateParameters: false))))
        {
            throw new InvalidOperationException($"A client app with id '{app.ClientId}' is already registered.");
        }

        return app;
    }
}
