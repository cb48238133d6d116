namespace NaverWorks.Emulator;

/// <summary>One request the emulator received, as the client sent it and as it was answered.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path as received (e.g. <c>/v1.0/users/user1234-…</c>).</param>
/// <param name="Query">Raw query string including the leading <c>?</c>, or empty.</param>
/// <param name="Body">Request body as text (empty when none).</param>
/// <param name="Status">Status code the client got; 0 when the connection was aborted.</param>
/// <param name="RouteTemplate">Matched operation, e.g. <c>POST /users</c> or <c>GET /users/{userId}</c> (API routes without the <c>/v1.0</c> prefix); null when no route matched.</param>
/// <param name="ClientId">Client app of the bearer token or token request, when known.</param>
/// <param name="Timestamp">When the request arrived.</param>
/// <param name="Fault">The injected fault (a <see cref="FaultKind"/> name, or <c>Transient</c>), null when none.</param>
public sealed record JournalEntry(
    string Method,
    string Path,
    string Query,
    string Body,
    int Status,
    string? RouteTemplate,
    string? ClientId,
    DateTimeOffset Timestamp,
    string? Fault);
