using System.Text.RegularExpressions;

namespace NaverWorks.Http
{
    /// <summary>
    /// Removes secrets from anything the module prints: JSON and form fields that carry tokens, keys,
    /// passwords and assertions, and bearer/JWT-looking strings anywhere.
    /// </summary>
    public static class Redactor
    {
        private const string Mask = "***";

        private const string SecretNames =
            "access_token|refresh_token|id_token|client_secret|clientSecret|assertion|password|initializePassword|private_key|privateKey|secretKey";

        // Form posts also carry the one-time authorization code and the token being revoked;
        // in JSON "code" is the API's error code, which must stay readable.
        private const string FormSecretNames = SecretNames + "|code|token";

        private static readonly Regex JsonField = new Regex(
            "(\"(?:" + SecretNames + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        private static readonly Regex FormField = new Regex(
            "((?:^|[?&])(?:" + FormSecretNames + ")=)[^&\\s]*",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        private static readonly Regex Bearer = new Regex(
            "(Bearer\\s+)[^\\s\"',;]+", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // Three base64url segments starting with a JSON header: a JWT wherever it appears.
        private static readonly Regex Jwt = new Regex(
            "eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        private static readonly Regex PemBlock = new Regex(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Returns <paramref name="text"/> with every recognisable secret masked.</summary>
        public static string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
            string s = PemBlock.Replace(text!, "-----PRIVATE KEY " + Mask + "-----");
            s = JsonField.Replace(s, "$1\"" + Mask + "\"");
            s = FormField.Replace(s, "$1" + Mask);
            s = Bearer.Replace(s, "$1" + Mask);
            s = Jwt.Replace(s, Mask);
            return s;
        }

        /// <summary>Redacts and cuts to <paramref name="max"/> characters, saying how much was left out.</summary>
        public static string RedactAndTruncate(string? text, int max = 2048)
        {
            string s = Redact(text);
            return s.Length <= max ? s : s.Substring(0, max) + $"… ({s.Length - max} more characters)";
        }
    }
}
