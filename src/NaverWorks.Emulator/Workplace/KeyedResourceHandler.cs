using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// The five operations, once, for every keyed resource. Status codes are undocumented; the emulator's
/// choice [INFERRED]: create 201 with the element and a Location header, get and replace 200 with the
/// element, delete 204 without a body, missing element 404, existing key on create 409.
/// Validation and mutation happen under the company lock, so concurrent writers see each other.
/// </summary>
internal static class KeyedResourceHandler
{
    public static WorkplaceResponse List(HttpRequest request, WorkplaceCompany company, IWorkplaceResource resource)
    {
        if (Paging.Read(request.Query, out long offset, out int limit) is WorkplaceError invalid)
        {
            return invalid.ToResponse();
        }

        var elements = new JsonArray();
        int total;
        lock (company.Gate)
        {
            KeyedStore store = company.Store(resource.Name);
            total = store.Count;
            foreach (WorkplaceRecord record in store.Page(offset, limit))
            {
                elements.Add(resource.ToElement(company, record));
            }
        }

        return new WorkplaceResponse(StatusCodes.Status200OK, new JsonObject { ["elements"] = elements, ["totalCount"] = total });
    }

    public static WorkplaceResponse Get(HttpRequest request, WorkplaceCompany company, IWorkplaceResource resource, string key)
    {
        if (Paging.RejectAny(request.Query) is WorkplaceError invalid)
        {
            return invalid.ToResponse();
        }

        lock (company.Gate)
        {
            return company.Store(resource.Name).TryGet(key, out WorkplaceRecord? record)
                ? new WorkplaceResponse(StatusCodes.Status200OK, resource.ToElement(company, record))
                : WorkplaceError.NotFound(resource.Name, key).ToResponse();
        }
    }

    public static async Task<WorkplaceResponse> CreateAsync(HttpRequest request, WorkplaceCompany company, IWorkplaceResource resource, string key)
    {
        if (Paging.RejectAny(request.Query) is WorkplaceError invalid)
        {
            return invalid.ToResponse();
        }

        if (ExternalKeyRules.Check(key) is string problem)
        {
            return WorkplaceError.Validation([new WorkplaceFieldError("externalKey", problem)]).ToResponse();
        }

        (JsonObject? body, WorkplaceResponse? unreadable) = await RequestBody.ReadObjectAsync(request);
        if (body is null)
        {
            return unreadable!;
        }

        lock (company.Gate)
        {
            KeyedStore store = company.Store(resource.Name);
            if (store.Contains(key))
            {
                return WorkplaceError.Conflict(WorkplaceErrorCodes.DuplicateKey, $"{resource.Name} '{key}' already exists.", "externalKey").ToResponse();
            }

            if (resource.Validate(new WorkplaceWrite(company, key, body, null), out JsonObject fields) is WorkplaceError rejected)
            {
                return rejected.ToResponse();
            }

            var record = new WorkplaceRecord(key, resource.AssignsInternalId ? Guid.NewGuid().ToString() : null, fields);
            store.Add(record);
            string location = RawRequestTarget.CompanyPrefix + Uri.EscapeDataString(company.CompanyId) + "/" + resource.Name + "/" + Uri.EscapeDataString(key);
            return new WorkplaceResponse(StatusCodes.Status201Created, resource.ToElement(company, record), [new("Location", location)]);
        }
    }

    /// <summary>Full replace: omitted optional fields are cleared, the internal id and list position are kept.</summary>
    public static async Task<WorkplaceResponse> ReplaceAsync(HttpRequest request, WorkplaceCompany company, IWorkplaceResource resource, string key)
    {
        if (Paging.RejectAny(request.Query) is WorkplaceError invalid)
        {
            return invalid.ToResponse();
        }

        (JsonObject? body, WorkplaceResponse? unreadable) = await RequestBody.ReadObjectAsync(request);
        if (body is null)
        {
            return unreadable!;
        }

        lock (company.Gate)
        {
            KeyedStore store = company.Store(resource.Name);
            if (!store.TryGet(key, out WorkplaceRecord? existing))
            {
                return WorkplaceError.NotFound(resource.Name, key).ToResponse();
            }

            if (resource.Validate(new WorkplaceWrite(company, key, body, existing), out JsonObject fields) is WorkplaceError rejected)
            {
                return rejected.ToResponse();
            }

            WorkplaceRecord replaced = existing with { Fields = fields };
            store.Replace(replaced);
            return new WorkplaceResponse(StatusCodes.Status200OK, resource.ToElement(company, replaced));
        }
    }

    public static WorkplaceResponse Delete(HttpRequest request, WorkplaceCompany company, IWorkplaceResource resource, string key)
    {
        if (Paging.RejectAny(request.Query) is WorkplaceError invalid)
        {
            return invalid.ToResponse();
        }

        lock (company.Gate)
        {
            KeyedStore store = company.Store(resource.Name);
            if (!store.TryGet(key, out WorkplaceRecord? existing))
            {
                return WorkplaceError.NotFound(resource.Name, key).ToResponse();
            }

            if (resource.CheckDelete(company, existing) is WorkplaceError refused)
            {
                return refused.ToResponse();
            }

            store.Remove(key);
            return WorkplaceResponse.NoContent;
        }
    }
}
