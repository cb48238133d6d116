using Microsoft.AspNetCore.Builder;

namespace NaverWorks.Emulator.Hosting;

/// <summary>
/// Endpoint metadata marking an API 2.0 operation: the pipeline authenticates it, rate-limits it
/// per (client, operation), checks <see cref="ScopeResource"/> and, for org-unit writes, paces it.
/// </summary>
/// <param name="ScopeResource">Scope family: <c>user</c>, <c>orgunit</c>, <c>group</c> or <c>directory</c>; reads also accept <c>.read</c> and the directory scopes.</param>
/// <param name="PacedOrgUnitWrite">True for org-unit writes, which the doc restricts to one per second per domain.</param>
internal sealed record WorksOperation(string ScopeResource, bool PacedOrgUnitWrite = false);

/// <summary>Attaches <see cref="WorksOperation"/> to a route.</summary>
internal static class WorksOperationExtensions
{
    public static RouteHandlerBuilder Works(this RouteHandlerBuilder builder, string scopeResource, bool pacedOrgUnitWrite = false) =>
        builder.WithMetadata(new WorksOperation(scopeResource, pacedOrgUnitWrite));
}
