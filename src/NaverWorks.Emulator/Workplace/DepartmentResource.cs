using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// <c>department</c>: body fields per the dept-v2 doc [READ]; <c>deptNo</c>/<c>parentDeptNo</c> are
/// accepted on write because public clients echo them in PUT bodies [CODE], but must then match.
/// Hierarchy: exactly one top-level department (parent "#"), which cannot move or be deleted; a
/// parent must exist; a move may not create a cycle. [INFERRED strict rules]
/// </summary>
internal sealed class DepartmentResource : IWorkplaceResource
{
    public const string RootParent = "#";

    private static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "i18nNames", "deptExternalKey", "parentDeptExternalKey", "deptEmailAddress",
        "externalEmailReceiveYn", "dispOrd", "deptNo", "parentDeptNo",
    };

    public string Name => WorkplaceResourceNames.Department;

    public bool AssignsInternalId => true;

    public UniqueField? Unique => null;

    /// <summary>The seeded top-level department; its deptNo is the company id, as observed. [CODE]</summary>
    public static WorkplaceRecord CreateRoot(WorkplaceCompany company, string name) =>
        new(company.RootDepartmentKey, company.CompanyId, new JsonObject
        {
            ["name"] = name,
            ["i18nNames"] = new JsonObject(),
            ["parentDeptExternalKey"] = RootParent,
            ["deptEmailAddress"] = null,
            ["externalEmailReceiveYn"] = false,
            ["dispOrd"] = "1.0",
        });

    public WorkplaceError? Validate(WorkplaceWrite write, out JsonObject fields)
    {
        var body = new BodyFields(write.Body, Allowed);
        body.String("name", 100, required: true);
        body.I18nNames();
        string? key = body.String("deptExternalKey", 100, required: true, store: false);
        if (key is not null && key != write.ExternalKey)
        {
            body.Error("deptExternalKey", "must equal the externalKey in the path.");
        }

        string? parent = body.String("parentDeptExternalKey", 100, required: true);
        string? email = body.String("deptEmailAddress", 100, required: false);
        body.Check("deptEmailAddress", email, FieldRules.IsEmail, "must be an email address.");
        body.Boolean("externalEmailReceiveYn", required: false, defaultValue: false);
        string? order = body.String("dispOrd", 10, required: true);
        if (order is not null)
        {
            if (FieldRules.TryNormalizeDisplayOrder(order, out string normalized))
            {
                body.Stored["dispOrd"] = normalized;
            }
            else
            {
                body.Error("dispOrd", "must be a non-negative number such as \"1\" or \"1.5\".");
            }
        }

        string? deptNo = body.String("deptNo", 36, required: false, store: false);
        string? parentDeptNo = body.String("parentDeptNo", 36, required: false, store: false);
        if (deptNo is not null && deptNo != write.Existing?.InternalId)
        {
            body.Error("deptNo", write.Existing is null ? "is assigned by the server; omit it on create." : "must equal the department's current deptNo.");
        }

        if (parent is not null && CheckParent(write, parent, body) is string parentNo && parentDeptNo is not null && parentDeptNo != parentNo)
        {
            body.Error("parentDeptNo", "must equal the deptNo of parentDeptExternalKey (\"#\" for the top-level department).");
        }

        fields = body.Stored;
        return body.HasErrors ? WorkplaceError.Validation(body.Errors) : null;
    }

    public WorkplaceError? CheckDelete(WorkplaceCompany company, WorkplaceRecord record)
    {
        if (record.ExternalKey == company.RootDepartmentKey)
        {
            return WorkplaceError.BadRequest(WorkplaceErrorCodes.RootDepartment, "The top-level department cannot be deleted.");
        }

        int children = company.Departments.Records.Count(d => d.GetString("parentDeptExternalKey") == record.ExternalKey);
        int members = company.Employees.Records.Count(e => EmployeeResource.BelongsTo(e, record.ExternalKey));
        return children + members == 0
            ? null
            : WorkplaceError.Conflict(
                WorkplaceErrorCodes.DepartmentNotEmpty,
                $"Department '{record.ExternalKey}' has {children} sub-department(s) and {members} employee(s); move or delete them first.");
    }

    public JsonObject ToElement(WorkplaceCompany company, WorkplaceRecord record)
    {
        string parent = record.GetString("parentDeptExternalKey")!;
        bool isRoot = parent == RootParent;
        JsonObject element = ElementBuilder.Start(company, record);
        element["name"] = record.GetString("name");
        element["i18nNames"] = record.Fields["i18nNames"]?.DeepClone();
        // [CODE] responses show null, not "#", for the top department's parent key, and "#" as its parentDeptNo.
        element["parentDeptExternalKey"] = isRoot ? null : parent;
        element["deptLeaderExternalKey"] = null;
        element["deptEmailAddress"] = record.GetString("deptEmailAddress");
        element["externalEmailReceiveYn"] = record.Fields["externalEmailReceiveYn"]?.DeepClone();
        element["dispOrd"] = record.GetString("dispOrd");
        element["deptNo"] = record.InternalId;
        element["parentDeptNo"] = isRoot ? RootParent : DeptNo(company, parent);
        element["deptLeaderEmpId"] = null;
        return element;
    }

    /// <summary>The deptNo of a department; the invariant "a parent exists" makes null unreachable.</summary>
    public static string? DeptNo(WorkplaceCompany company, string externalKey) =>
        company.Departments.TryGet(externalKey, out WorkplaceRecord? department) ? department.InternalId : null;

    /// <summary>Checks the parent rule; returns the parent's deptNo ("#" for the top level) when it holds.</summary>
    private static string? CheckParent(WorkplaceWrite write, string parent, BodyFields body)
    {
        const string Field = "parentDeptExternalKey";
        WorkplaceCompany company = write.Company;
        bool isRoot = write.ExternalKey == company.RootDepartmentKey;
        if (parent == RootParent)
        {
            if (isRoot)
            {
                return RootParent;
            }

            body.Error(Field, $"\"#\" is reserved for the top-level department ('{company.RootDepartmentKey}'); a company has exactly one.");
            return null;
        }

        if (isRoot)
        {
            body.Error(Field, "The top-level department cannot be moved under another department; its parent stays \"#\".");
            return null;
        }

        if (parent == write.ExternalKey)
        {
            body.Error(Field, "A department cannot be its own parent.");
            return null;
        }

        if (!company.Departments.Contains(parent))
        {
            body.Error(Field, $"Department '{parent}' does not exist.");
            return null;
        }

        if (write.Existing is not null && IsAncestorOf(company, write.ExternalKey, parent))
        {
            body.Error(Field, $"Department '{parent}' is below '{write.ExternalKey}'; the move would create a cycle.");
            return null;
        }

        return DeptNo(company, parent);
    }

    private static bool IsAncestorOf(WorkplaceCompany company, string ancestor, string department)
    {
        // Bounded by the department count, so a corrupt chain could not loop forever.
        string? current = department;
        for (int steps = 0; current is not null && current != RootParent && steps <= company.Departments.Count; steps++)
        {
            if (current == ancestor)
            {
                return true;
            }

            current = company.Departments.TryGet(current, out WorkplaceRecord? record) ? record.GetString("parentDeptExternalKey") : null;
        }

        return false;
    }
}
