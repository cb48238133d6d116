using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Hosting;

/// <summary>
/// The documented scope rule: <c>x</c> allows every method, <c>x.read</c> only GET, and the
/// <c>directory</c>/<c>directory.read</c> scopes cover every directory resource (and nothing else: a
/// <c>directory</c> token cannot read calendars).
/// </summary>
internal static class ScopePolicy
{
    private static readonly HashSet<string> DirectoryResources = ["user", "orgunit", "group", "directory"];

    public static void Demand(WorksPrincipal principal, WorksOperation operation, string method)
    {
        var resource = operation.ScopeResource;
        var isRead = HttpMethodKind.IsRead(method);
        var umbrella = DirectoryResources.Contains(resource) ? (isRead ? new[] { "directory", "directory.read" } : ["directory"]) : [];
        var accepted = (isRead ? new[] { resource, resource + ".read" } : [resource]).Concat(umbrella).ToArray();
        if (accepted.Any(principal.Scopes.Contains))
        {
            return;
        }

        throw ApiErrors.Forbidden($"The access token lacks the required scope: one of {string.Join(", ", accepted.Distinct())}.");
    }
}
