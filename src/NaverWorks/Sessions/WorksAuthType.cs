namespace NaverWorks.Sessions
{
    /// <summary>How a NAVER WORKS session authenticated.</summary>
    public enum WorksAuthType
    {
        /// <summary>Service account (JWT assertion signed with the app's private key).</summary>
        ServiceAccount,
        /// <summary>A user who consented in the browser (OAuth authorization code).</summary>
        AuthorizationCode,
        /// <summary>An access token given as is; it cannot be renewed.</summary>
        AccessToken,
    }
}
