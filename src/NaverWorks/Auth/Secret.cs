using System;
using System.Runtime.InteropServices;
using System.Security;

namespace NaverWorks.Auth
{
    /// <summary>
    /// A secret value (client secret, token, key text) that never shows itself: ToString, PowerShell's
    /// formatting and serializers see only "***". The clear value is read only where it goes on the wire.
    /// </summary>
    public sealed class Secret
    {
        private readonly string _value;

        /// <summary>Wraps a clear-text secret.</summary>
        public Secret(string value)
        {
            if (string.IsNullOrEmpty(value)) throw new ArgumentException("A secret cannot be empty.", nameof(value));
            _value = value;
        }

        /// <summary>Unwraps a SecureString (as PowerShell's Read-Host -AsSecureString gives).</summary>
        public static Secret FromSecureString(SecureString secure)
        {
            IntPtr ptr = Marshal.SecureStringToGlobalAllocUnicode(secure);
            try
            {
                return new Secret(Marshal.PtrToStringUni(ptr) ?? string.Empty);
            }
            finally
            {
                Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }

        /// <summary>The clear value, for the one place it is sent.</summary>
        public string Reveal() => _value;

        /// <summary>Never the value.</summary>
        public override string ToString() => "***";
    }
}
