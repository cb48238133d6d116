using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// One stored element: its external key, the server-assigned internal id (<c>deptNo</c>/<c>empId</c>;
/// null for code lists) and the validated, normalized writable fields. Replaced, never mutated, on PUT.
/// </summary>
internal sealed record WorkplaceRecord(string ExternalKey, string? InternalId, JsonObject Fields)
{
    public string? GetString(string field) => Fields[field]?.GetValue<string>();
}
