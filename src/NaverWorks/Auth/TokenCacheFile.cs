using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NaverWorks.Auth
{
    /// <summary>
    /// A saved session. On Windows the content is encrypted for the current user (DPAPI). Elsewhere there is
    /// no per-user protection the module can rely on, so saving is refused unless the user explicitly allows
    /// unencrypted storage; then the file is created readable by its owner only (0600).
    /// </summary>
    internal sealed class TokenCacheFile
    {
        private const string Protected = "DPAPI-CurrentUser";
        private const string Unprotected = "None-0600";
        private static readonly byte[] Entropy = Encoding.UTF8.GetBytes("NaverWorks.TokenCache");

        private readonly TokenCacheEntry _template;

        public TokenCacheFile(string path, TokenCacheEntry template, bool allowUnencrypted)
        {
            Path = System.IO.Path.GetFullPath(path);
            _template = template;
            if (!CanEncrypt && !allowUnencrypted)
                throw new InvalidOperationException(
                    "This platform offers no per-user encryption for the token cache. Add -AllowUnencryptedStorage to save it in a file only you can read (mode 0600), or connect without -TokenCachePath.");
        }

        public string Path { get; }

        public static bool CanEncrypt => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>True when the last save had to be unencrypted (the cmdlet warns).</summary>
        public bool IsUnencrypted => !CanEncrypt;

        public void Save(TokenSet tokens)
        {
            _template.AccessToken = tokens.AccessToken.Reveal();
            _template.RefreshToken = tokens.RefreshToken?.Reveal();
            _template.ExpiresAt = tokens.ExpiresAt;
            _template.IssuedAt = tokens.IssuedAt;
            _template.Scope = tokens.Scope;
            byte[] clear = JsonSerializer.SerializeToUtf8Bytes(_template);
            string content = CanEncrypt
                ? JsonSerializer.Serialize(new CacheEnvelope { Protection = Protected, Payload = Convert.ToBase64String(ProtectedData.Protect(clear, Entropy, DataProtectionScope.CurrentUser)) })
                : JsonSerializer.Serialize(new CacheEnvelope { Protection = Unprotected, Payload = Convert.ToBase64String(clear) });
            WriteOwnerOnly(Path, content);
        }

        /// <summary>Saves renewed tokens; failures are not worth stopping a bulk run for.</summary>
        public void SaveRenewed(TokenSet tokens)
        {
            try
            {
                Save(tokens);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        public static TokenCacheEntry Load(string path)
        {
            string full = System.IO.Path.GetFullPath(path);
            if (!File.Exists(full)) throw new FileNotFoundException($"No token cache at {full}. Connect once with credentials and -TokenCachePath to create it.", full);
            CacheEnvelope? envelope;
            try
            {
                envelope = JsonSerializer.Deserialize<CacheEnvelope>(File.ReadAllText(full));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{full} is not a NaverWorks token cache.", ex);
            }
            if (envelope?.Payload is null) throw new InvalidDataException($"{full} is not a NaverWorks token cache.");
            byte[] data = Convert.FromBase64String(envelope.Payload);
            if (envelope.Protection == Protected)
            {
                if (!CanEncrypt) throw new InvalidDataException($"{full} was encrypted for a Windows user and cannot be read here.");
                try
                {
                    data = ProtectedData.Unprotect(data, Entropy, DataProtectionScope.CurrentUser);
                }
                catch (CryptographicException ex)
                {
                    throw new InvalidDataException($"{full} was saved by another Windows user or computer and cannot be decrypted; connect again with credentials.", ex);
                }
            }
            return JsonSerializer.Deserialize<TokenCacheEntry>(data) ?? throw new InvalidDataException($"{full} is empty.");
        }

        public void Delete()
        {
            if (File.Exists(Path)) File.Delete(Path);
        }

        private static void WriteOwnerOnly(string path, string content)
        {
            string? dir = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir!);
            string temp = path + ".tmp";
            File.WriteAllText(temp, string.Empty);
            // Restrict before the secret is written, so it is never readable by others, even briefly.
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows) && NativeMethods.chmod(temp, 0x180 /* 0600 */) != 0)
                throw new IOException($"Could not restrict {temp} to its owner (errno {Marshal.GetLastWin32Error()}).");
            File.WriteAllText(temp, content, new UTF8Encoding(false));
            if (File.Exists(path)) File.Delete(path);
            File.Move(temp, path);
        }

        private sealed class CacheEnvelope
        {
            public string Format { get; set; } = "NaverWorks.TokenCache/1";

            public string? Protection { get; set; }

            public string? Payload { get; set; }
        }

        private static class NativeMethods
        {
            [DllImport("libc", SetLastError = true)]
#pragma warning disable IDE1006 // the libc name
            public static extern int chmod(string path, int mode);
#pragma warning restore IDE1006
        }
    }
}
