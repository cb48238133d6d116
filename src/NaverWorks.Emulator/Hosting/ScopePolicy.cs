using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Hosting;

/// <summary>
/// The documented scope rule: <c>x</c> allows every method, <c>x.read</c> only GET, and the
/// <c>directory</c>/<c>directory.read</c> scopes cover every directory resource.
/// </summary>
internal static class ScopePolicy
{
    public static void Demand(WorksPrincipal principal, WorksOperation operation, string method)
    {
        var resource = operation.ScopeResource;
        var isRead = HttpMethodKind.IsRead(method);
        var accepted = isRead
            ? new[] { resource, resource + ".read", "directory", "directory.read" }
            : new[] { resource, "directory" };
        if (accepted.Any(principal.Scopes.Contains))
        {
            return;
        }

        throw ApiErrors.Forbidden($"The access token lacks the required scope: one of {string.Join(", ", accepted.Distinct())}.");
    }
}
