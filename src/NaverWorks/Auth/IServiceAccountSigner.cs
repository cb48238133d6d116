using System;

namespace NaverWorks.Auth
{
    /// <summary>
    /// Signs the RS256 JWT assertion of the service-account flow. Implemented in NaverWorks.Security, which
    /// loads with its Microsoft.IdentityModel dependencies in a private load context; only this interface
    /// crosses into the module.
    /// </summary>
    public interface IServiceAccountSigner : IDisposable
    {
        /// <summary>
        /// Returns the compact JWT with exactly the claims the auth server expects: iss (client ID),
        /// sub (service account), iat and exp as numbers.
        /// </summary>
        string CreateAssertion(string clientId, string serviceAccount, DateTimeOffset issuedAt, DateTimeOffset expiresAt);
    }

    /// <summary>Reads private keys into signers.</summary>
    public interface IServiceAccountSignerFactory
    {
        /// <summary>
        /// Reads a PKCS#8 (<c>BEGIN PRIVATE KEY</c>) or PKCS#1 (<c>BEGIN RSA PRIVATE KEY</c>) PEM.
        /// Throws <see cref="PrivateKeyException"/> naming <paramref name="source"/> when it cannot.
        /// </summary>
        IServiceAccountSigner FromPem(string pem, string source);
    }
}
