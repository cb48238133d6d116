using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// Departments: the body repeats the key as <c>deptExternalKey</c>, and the top-level department's
    /// parent, returned as null, is sent as "#". Leader fields are returned but not documented as writable.
    /// </summary>
    internal sealed class DepartmentShape : ResourceShape<Department>
    {
        public DepartmentShape()
            : base(WorkplaceResource.Department, "department", "deptNo", "parentDeptNo", "deptLeaderExternalKey", "deptLeaderEmpId")
        {
        }

        public override IReadOnlyDictionary<string, string> ClearableFields { get; } = Clearable("deptEmailAddress", "externalEmailReceiveYn", "i18nNames");

        public override void CompleteCreate(JsonObject body, string externalKey, Department draft) => body["deptExternalKey"] = externalKey;

        public override void CompleteReplace(JsonObject body, string externalKey, Department current)
        {
            body["deptExternalKey"] = externalKey;
            if (body["parentDeptExternalKey"] is null) body["parentDeptExternalKey"] = Department.RootParent;
        }

        public override bool Describes(Department found, Department draft) =>
            string.Equals(found.Name, draft.Name, StringComparison.Ordinal) &&
            string.Equals(found.ParentExternalKey ?? Department.RootParent, draft.ParentExternalKey ?? Department.RootParent, StringComparison.Ordinal);
    }
}
