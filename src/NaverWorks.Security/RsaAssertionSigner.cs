using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NaverWorks.Auth;

namespace NaverWorks.Security
{
    /// <summary>Signs service-account assertions (RS256, base64url without padding) with one RSA key.</summary>
    internal sealed class RsaAssertionSigner : IServiceAccountSigner
    {
        private readonly RSA _rsa;
        private readonly SigningCredentials _credentials;
        private readonly JsonWebTokenHandler _handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };

        public RsaAssertionSigner(RSAParameters parameters)
        {
            _rsa = RSA.Create();
            _rsa.ImportParameters(parameters);
            _credentials = new SigningCredentials(new RsaSecurityKey(_rsa), SecurityAlgorithms.RsaSha256);
        }

        public string CreateAssertion(string clientId, string serviceAccount, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
        {
            // Exactly the four claims every client sends; iat/exp must be JSON numbers, not strings.
            var descriptor = new SecurityTokenDescriptor
            {
                SigningCredentials = _credentials,
                Claims = new Dictionary<string, object>
                {
                    ["iss"] = clientId,
                    ["sub"] = serviceAccount,
                    ["iat"] = issuedAt.ToUnixTimeSeconds(),
                    ["exp"] = expiresAt.ToUnixTimeSeconds(),
                },
            };
            return _handler.CreateToken(descriptor);
        }

        public void Dispose() => _rsa.Dispose();
    }
}
