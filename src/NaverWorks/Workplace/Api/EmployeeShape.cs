using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// Employees: <c>concurrentDeptExternalKeys</c> is marked required, so an empty list is always sent; an
    /// initial password goes as <c>passwordSettingType=ADMIN</c> + <c>initializePassword</c> (the only
    /// combination seen in public code) and only on create, since the API never returns it.
    /// </summary>
    internal sealed class EmployeeShape : ResourceShape<Employee>
    {
        private const string Concurrent = "concurrentDeptExternalKeys";

        public EmployeeShape()
            : base(WorkplaceResource.Employee, "employee", "empId", "deptNo")
        {
        }

        // Everything the create body marks optional; clearing the concurrent departments sends the empty list.
        public override IReadOnlyDictionary<string, string> ClearableFields { get; } = Clearable(
            Concurrent, "telephoneNo", "cellphoneNo", "birthYmd", "genderCd", "empNick", "localeTypeCd", "tmznTypeCd", "zipCode", "address",
            "addressDetail", "empTypeExternalKey", "gradeCdExternalKey", "jobCdExternalKey", "i18nNames");

        public override void CompleteCreate(JsonObject body, string externalKey, Employee draft)
        {
            if (body[Concurrent] is null) body[Concurrent] = new JsonArray();
            if (draft.InitialPassword is not null)
            {
                body["passwordSettingType"] = "ADMIN";
                body["initializePassword"] = draft.InitialPassword.Reveal();
            }
        }

        public override void CompleteReplace(JsonObject body, string externalKey, Employee current)
        {
            if (body[Concurrent] is null) body[Concurrent] = new JsonArray();
        }

        // The login ID is unique in a company, so it tells our employee from another one under the same key.
        public override bool Describes(Employee found, Employee draft) =>
            string.Equals(found.LoginId, draft.LoginId, StringComparison.OrdinalIgnoreCase);
    }
}
