using System.Text.Json.Nodes;

namespace NaverWorks.Tests.Workplace.Emulator;

/// <summary>Valid request bodies: the shared fixtures, adjusted per test.</summary>
internal static class WorkplaceBodies
{
    public const string Root = "dept0000";

    public static JsonObject Department(string key, string parent = Root, string name = "Team")
    {
        JsonObject body = WorkplaceFixtures.Body("department-create.json");
        body["deptExternalKey"] = key;
        body["parentDeptExternalKey"] = parent;
        body["name"] = name;
        return body;
    }

    /// <summary>The fixture employee, without code references unless asked for.</summary>
    public static JsonObject Employee(string loginId, string department, bool withCodes = false)
    {
        JsonObject body = WorkplaceFixtures.Body("employee-create.json");
        body["loginId"] = loginId;
        body["deptExternalKey"] = department;
        if (!withCodes)
        {
            body.Remove("empTypeExternalKey");
            body.Remove("gradeCdExternalKey");
            body.Remove("jobCdExternalKey");
        }

        return body;
    }

    public static JsonObject Code(string name, string sortOrder = "1")
    {
        JsonObject body = WorkplaceFixtures.Body("grade-create.json");
        body["name"] = name;
        body["sortOrder"] = sortOrder;
        return body;
    }
}
