using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// <c>grade</c>, <c>job</c> and <c>empType</c>: one body shape (name, i18nNames, itemUsed, sortOrder) [READ].
/// Names are unique within the resource ("Duplicates not allowed" [READ]); an element referenced by an
/// employee cannot be deleted. [INFERRED]
/// </summary>
internal sealed class OrganizationCodeResource(string name, string displayName, string employeeField) : IWorkplaceResource
{
    private static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "i18nNames", "itemUsed", "sortOrder",
    };

    public string Name => name;

    public bool AssignsInternalId => false;

    public UniqueField? Unique { get; } = new("name", StringComparer.Ordinal);

    public WorkplaceError? Validate(WorkplaceWrite write, out JsonObject fields)
    {
        var body = new BodyFields(write.Body, Allowed);
        string? itemName = body.String("name", 100, required: true);
        body.I18nNames();
        body.Boolean("itemUsed", required: true);
        body.Check("sortOrder", body.String("sortOrder", 10, required: true), FieldRules.IsNonNegativeInteger, "must be a non-negative integer such as \"3\".");

        fields = body.Stored;
        if (body.HasErrors)
        {
            return WorkplaceError.Validation(body.Errors);
        }

        return write.Company.Store(name).OwnerOf(itemName!) is string owner && owner != write.ExternalKey
            ? WorkplaceError.Conflict(WorkplaceErrorCodes.DuplicateName, $"{displayName} name '{itemName}' is already used.", "name")
            : null;
    }

    public WorkplaceError? CheckDelete(WorkplaceCompany company, WorkplaceRecord record)
    {
        int users = company.Employees.Records.Count(e => e.GetString(employeeField) == record.ExternalKey);
        return users == 0
            ? null
            : WorkplaceError.Conflict(WorkplaceErrorCodes.InUse, $"{displayName} '{record.ExternalKey}' is assigned to {users} employee(s).");
    }

    public JsonObject ToElement(WorkplaceCompany company, WorkplaceRecord record)
    {
        JsonObject element = ElementBuilder.Start(company, record);
        ElementBuilder.CopyFields(record, element);
        return element;
    }
}
