using System;

namespace NaverWorks.Auth
{
    /// <summary>A private key could not be used; the message names the file and what to do.</summary>
    public sealed class PrivateKeyException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public PrivateKeyException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
