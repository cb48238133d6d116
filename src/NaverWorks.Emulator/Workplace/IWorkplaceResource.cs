using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// What differs between the keyed resources: body validation, delete rules and the element shape.
/// Everything else (routing, auth, paging, storage, status codes) is shared in <see cref="KeyedResourceHandler"/>.
/// Implementations are stateless and called under the company lock.
/// </summary>
internal interface IWorkplaceResource
{
    /// <summary>The path segment, e.g. "empType".</summary>
    string Name { get; }

    /// <summary>Whether elements get a server-assigned uuid (deptNo, empId).</summary>
    bool AssignsInternalId { get; }

    /// <summary>The field whose value must be unique within the resource (indexed by the store), or null.</summary>
    UniqueField? Unique { get; }

    /// <summary>Validates a create (<see cref="WorkplaceWrite.Existing"/> null) or a full replace: 400 for bad fields, 409 for conflicts.</summary>
    WorkplaceError? Validate(WorkplaceWrite write, out JsonObject fields);

    /// <summary>Null when the element may be deleted, else why not.</summary>
    WorkplaceError? CheckDelete(WorkplaceCompany company, WorkplaceRecord record);

    /// <summary>The element as the API returns it (a detached object).</summary>
    JsonObject ToElement(WorkplaceCompany company, WorkplaceRecord record);
}

/// <summary>A create or replace being validated.</summary>
internal sealed record WorkplaceWrite(WorkplaceCompany Company, string ExternalKey, JsonObject Body, WorkplaceRecord? Existing);
