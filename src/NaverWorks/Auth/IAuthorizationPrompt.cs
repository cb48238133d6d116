using System;

namespace NaverWorks.Auth
{
    /// <summary>How the authorization code flow talks to the person at the keyboard (the cmdlet implements it).</summary>
    public interface IAuthorizationPrompt
    {
        /// <summary>Shows the consent URL; <paramref name="listening"/> says whether the answer will be caught automatically.</summary>
        void ShowAuthorizeUrl(Uri url, bool listening);

        /// <summary>Opens the URL in the default browser; returns false when that is not possible.</summary>
        bool TryOpenBrowser(Uri url);

        /// <summary>Reads the code, or the whole address the browser was sent to, as pasted by the user.</summary>
        string? ReadPastedResponse();
    }
}
