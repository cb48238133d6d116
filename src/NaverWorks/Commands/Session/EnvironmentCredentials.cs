using System;
using System.Collections.Generic;
using System.Globalization;
using NaverWorks.Auth;

namespace NaverWorks.Commands.Session
{
    /// <summary>
    /// A service account described by NAVERWORKS_* environment variables, for scheduled jobs and CI where
    /// nothing should be typed or stored in the script.
    /// </summary>
    internal sealed class EnvironmentCredentials
    {
        public const string ClientIdVariable = "NAVERWORKS_CLIENT_ID";
        public const string ClientSecretVariable = "NAVERWORKS_CLIENT_SECRET";
        public const string ServiceAccountVariable = "NAVERWORKS_SERVICE_ACCOUNT";
        public const string PrivateKeyPathVariable = "NAVERWORKS_PRIVATE_KEY_PATH";
        public const string PrivateKeyVariable = "NAVERWORKS_PRIVATE_KEY";
        public const string ScopeVariable = "NAVERWORKS_SCOPE";

        private EnvironmentCredentials(string clientId, Secret clientSecret, string serviceAccount, string? keyPath, Secret? key, string scope)
        {
            ClientId = clientId;
            ClientSecret = clientSecret;
            ServiceAccount = serviceAccount;
            PrivateKeyPath = keyPath;
            PrivateKey = key;
            Scope = scope;
        }

        public string ClientId { get; }
        public Secret ClientSecret { get; }
        public string ServiceAccount { get; }
        public string? PrivateKeyPath { get; }
        public Secret? PrivateKey { get; }
        public string Scope { get; }
        public int? DomainId { get; private set; }
        public Uri? ApiEndpoint { get; private set; }
        public Uri? AuthEndpoint { get; private set; }

        /// <summary>Reads the variables; says which are missing, all at once, when any are.</summary>
        public static EnvironmentCredentials Read(Func<string, string?> get)
        {
            var missing = new List<string>();
            string Need(string name)
            {
                string? v = get(name);
                if (string.IsNullOrWhiteSpace(v)) missing.Add(name);
                return v ?? "";
            }
            string clientId = Need(ClientIdVariable), secret = Need(ClientSecretVariable), account = Need(ServiceAccountVariable), scope = Need(ScopeVariable);
            string? keyPath = get(PrivateKeyPathVariable), key = get(PrivateKeyVariable);
            if (string.IsNullOrWhiteSpace(keyPath) && string.IsNullOrWhiteSpace(key)) missing.Add(PrivateKeyPathVariable + " (or " + PrivateKeyVariable + ")");
            if (missing.Count > 0)
                throw new InvalidOperationException(
                    "Connect-Works was called without credentials, so it reads them from the environment, but these variables are not set: " +
                    string.Join(", ", missing) + ". Set them, or pass -ClientId/-ClientSecret/-ServiceAccount/-PrivateKeyPath/-Scope.");
            var result = new EnvironmentCredentials(clientId, new Secret(secret), account, string.IsNullOrWhiteSpace(keyPath) ? null : keyPath,
                string.IsNullOrWhiteSpace(key) ? null : new Secret(key!), scope.Replace(',', ' '));
            if (int.TryParse(get("NAVERWORKS_DOMAIN_ID"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int domain)) result.DomainId = domain;
            if (get("NAVERWORKS_API_ENDPOINT") is string api && api.Length > 0) result.ApiEndpoint = new Uri(api);
            if (get("NAVERWORKS_AUTH_ENDPOINT") is string auth && auth.Length > 0) result.AuthEndpoint = new Uri(auth);
            return result;
        }
    }
}
