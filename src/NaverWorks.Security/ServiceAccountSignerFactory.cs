using System.Security.Cryptography;
using NaverWorks.Auth;

namespace NaverWorks.Security
{
    /// <summary>The entry point the module instantiates by name inside the private load context.</summary>
    public sealed class ServiceAccountSignerFactory : IServiceAccountSignerFactory
    {
        /// <inheritdoc />
        public IServiceAccountSigner FromPem(string pem, string source)
        {
            RSAParameters parameters = PemPrivateKeyReader.Read(pem, source);
            try
            {
                return new RsaAssertionSigner(parameters);
            }
            catch (CryptographicException ex)
            {
                throw new PrivateKeyException($"The private key {source} is not a usable RSA key: {ex.Message}", ex);
            }
        }
    }
}
