using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Workplace;

/// <summary>The fields every element starts with, and a detached copy of stored fields.</summary>
internal static class ElementBuilder
{
    public static JsonObject Start(WorkplaceCompany company, WorkplaceRecord record) => new()
    {
        ["tenantId"] = company.TenantId,
        ["companyId"] = company.CompanyId,
        ["externalKey"] = record.ExternalKey,
    };

    public static void CopyFields(WorkplaceRecord record, JsonObject element)
    {
        foreach (KeyValuePair<string, JsonNode?> field in record.Fields)
        {
            element[field.Key] = field.Value?.DeepClone();
        }
    }
}
