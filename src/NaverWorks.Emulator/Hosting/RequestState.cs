using Microsoft.AspNetCore.Http;
using NaverWorks.Emulator.Auth;

namespace NaverWorks.Emulator.Hosting;

/// <summary>Per-request facts the pipeline and endpoints share: the buffered body and who is calling.</summary>
internal sealed class RequestState
{
    private static readonly object Key = new();

    public byte[] Body { get; init; } = [];

    public WorksPrincipal? Principal { get; set; }

    /// <summary>Client app for the journal: from the bearer token, or the auth server's <c>client_id</c>.</summary>
    public string? ClientId { get; set; }

    public static RequestState Of(HttpContext context) =>
        context.Items[Key] as RequestState ?? throw new InvalidOperationException("The emulator pipeline did not run for this request.");

    public static void Attach(HttpContext context, RequestState state) => context.Items[Key] = state;

    public WorksPrincipal RequirePrincipal() => Principal ?? throw new InvalidOperationException("No authenticated principal.");
}
