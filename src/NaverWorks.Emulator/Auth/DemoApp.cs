namespace NaverWorks.Emulator;

/// <summary>
/// A client app registered in the emulator, with everything a client needs to sign in: its
/// credentials, its service account and the RSA private key (PKCS#8 and PKCS#1 PEM) whose public
/// half the token endpoint verifies assertions against.
/// </summary>
/// <param name="ClientId">OAuth client id; the JWT <c>iss</c>.</param>
/// <param name="ClientSecret">OAuth client secret.</param>
/// <param name="ServiceAccount">Service account id (<c>xxxxx.serviceaccount@domain</c>); the JWT <c>sub</c>.</param>
/// <param name="PrivateKeyPem">RSA private key, PKCS#8 (<c>BEGIN PRIVATE KEY</c>), as the Developer Console issues it.</param>
/// <param name="PrivateKeyPkcs1Pem">The same key as PKCS#1 (<c>BEGIN RSA PRIVATE KEY</c>).</param>
/// <param name="Scopes">Scopes the app may request.</param>
/// <param name="DomainId">Tenant domain id.</param>
public sealed record DemoApp(
    string ClientId,
    string ClientSecret,
    string ServiceAccount,
    string PrivateKeyPem,
    string PrivateKeyPkcs1Pem,
    IReadOnlyList<string> Scopes,
    int DomainId)
{
    /// <summary>
    /// Redirect URIs registered for the authorization-code flow (exact match). Any loopback
    /// <c>http://localhost:{port}/…</c>, <c>http://127.0.0.1:{port}/…</c> or <c>http://[::1]:{port}/…</c> URI is also accepted.
    /// </summary>
    public IReadOnlyList<string> AllowedRedirectUris { get; init; } = [];

    /// <summary>User id the authorize endpoint signs in (and auto-consents) as; by default the tenant's super admin.</summary>
    public required string LoginUserId { get; init; }

    /// <summary>Login email of <see cref="LoginUserId"/>.</summary>
    public required string LoginEmail { get; init; }
}
