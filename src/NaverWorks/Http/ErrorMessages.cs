using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;

namespace NaverWorks.Http
{
    /// <summary>
    /// Turns an API error into one sentence of what happened and one of what to do next.
    /// The advice covers the mistakes administrators actually make (see works-api.md "pain points").
    /// </summary>
    internal static class ErrorMessages
    {
        public static string Describe(ApiError e, string method, string path)
        {
            string what = e.Status == 0
                ? $"No response to {method} {path}"
                : $"{method} {path} failed with HTTP {(int)e.Status}" + (e.Code is null ? "" : $" {e.Code}");
            string said = string.IsNullOrWhiteSpace(e.Description) ? "" : $": {e.Description!.Trim().TrimEnd('.')}.";
            if (said.Length == 0) said = ".";
            string advice = Advice(e, method);
            return advice.Length == 0 ? what + said : what + said + " " + advice;
        }

        private static string Advice(ApiError e, string method)
        {
            if (e.Service == ApiService.Workplace) return WorkplaceAdvice(e, method);
            string code = e.Code ?? "";
            if (code == "SERVICE_ACCOUNT_NOT_ALLOWED")
                return "This API does not accept a service account (mail, drive, tasks, notes, folders and forms are among those): connect as a user with Connect-Works -RedirectUri (authorization code flow) and run it again.";
            if (code == "invalid_grant") return InvalidGrantAdvice(e.Operation);
            if (code == "invalid_client")
                return "Check -ClientId and -ClientSecret in the Developer Console (API 2.0 > app).";
            if (code == "invalid_scope")
                return "Request only scopes the app has been granted in the Developer Console.";
            if ((int)e.Status == 403 && RequiredScopes.For(method, e.RequestPath) is { Count: > 0 } scopes)
                return ScopeAdvice(scopes);
            switch ((int)e.Status)
            {
                case 0: return "Check the network, the proxy (-Proxy) and the endpoint; the request may or may not have been carried out.";
                case 400: return "Check the value named in the message.";
                case 401: return "The access token was rejected; run Connect-Works again (a saved refresh token may have expired after 90 days).";
                case 403: return "The app lacks the scope or the admin right for this call: add the scope in the Developer Console and reconnect with -Scope.";
                case 404: return "Check the id: a userId, login email or externalKey:<key>.";
                case 409: return "It already exists; change it with the matching Set- cmdlet instead (in bulk loads, -SkipExisting on New-WorksUser, New-WorksOrgUnit or New-WorksGroup passes over what exists).";
                case 429: return "The rate limit was still exceeded after retrying; lower -ThrottleLimit or the session's RateLimitPerMinute.";
                default:
                    return (int)e.Status >= 500 ? "The service failed after retries; try again later, the request may or may not have been carried out." : "";
            }
        }

        // The same error code means different mistakes for each grant, so the advice follows the grant that was sent.
        private static string InvalidGrantAdvice(string? operation)
        {
            if (operation == Auth.OAuthClient.RefreshOperation)
                return "The saved sign-in can no longer be renewed: its refresh token was refused (refresh tokens expire after 90 days unused, and a password or scope change revokes them). Run Connect-Works again to sign in (with -TokenCachePath to save the new tokens).";
            if (operation == Auth.OAuthClient.AssertionOperation)
                return "The service account's assertion was refused: check -ClientId and -ServiceAccount, and that the private key is the one issued for this app (Developer Console > API 2.0 > app > Service Account); then run Connect-Works again.";
            if (operation == Auth.OAuthClient.CodeOperation)
                return "The authorization code was refused: a code works once and for 10 minutes, and -RedirectUri must be exactly the one registered for the app. Run Connect-Works again.";
            return "The credential was refused: check the client ID, service account and that the private key is the one issued for this app. A refresh token expires after 90 days unused; run Connect-Works again.";
        }

        private static string ScopeAdvice(IReadOnlyList<string> scopes)
        {
            string needed = string.Join(" or ", scopes.Select(s => $"'{s}'"));
            return $"This call needs the scope {needed}. If Get-WorksSession does not list it under Scopes, add '{scopes[0]}' to the app in the Developer Console (API 2.0 > app > OAuth Scopes) and connect again with -Scope including it; if it does, the account lacks the admin right or the permission for this object.";
        }

        private static string WorkplaceAdvice(ApiError e, string method)
        {
            if (e.Code == "200" || ((int)e.Status == 401 && e.Code is null))
            {
                // A known skew is the cause: the gateway checks the timestamp before it looks at the keys.
                if (e.ClockSkew is TimeSpan s)
                    return string.Format(CultureInfo.InvariantCulture,
                        "Your clock is {0:0} seconds off ({1} the gateway's); the gateway rejects requests 5 minutes or more off: synchronise this computer's clock and try again.",
                        s.Duration().TotalSeconds, s > TimeSpan.Zero ? "ahead of" : "behind");
                return "Check -AccessKey and -SecretKey (NAVER Cloud portal > My Page > API key). If the keys are right, check this computer's clock: the gateway rejects requests 5 minutes or more off.";
            }
            if (e.Code == "210")
                return "The key has no permission for this company or API: check -CompanyId (WORKPLACE Developers > connection key) and the sub account's permissions.";
            switch ((int)e.Status)
            {
                case 0: return "Check the network, the proxy and -Endpoint; the request may or may not have been carried out.";
                case 400: return "Check the value named in the message.";
                case 404: return "Check the external key.";
                case 409:
                    // On delete a conflict means something still refers to the element; on create, a unique value is taken.
                    return method == "DELETE"
                        ? "It is still in use: move or remove its sub-departments, members or the employees assigned to it first."
                        : "The external key or another unique value (login ID, name) is already taken; use Set-* to change an existing element, or -SkipExisting in bulk runs.";
                case 429: return "The gateway's quota or throttle was still exceeded after retrying; lower -ThrottleLimit.";
                default: return (int)e.Status >= 500 ? "The service failed after retries; try again later." : "";
            }
        }
    }
}
