using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// <c>employee</c>: body fields per the emp-v2 doc up to <c>concurrentDeptExternalKeys</c> [READ];
/// <c>empTypeExternalKey</c>, <c>gradeCdExternalKey</c>, <c>jobCdExternalKey</c>,
/// <c>passwordSettingType</c> and <c>initializePassword</c> as seen in public code [CODE, names unverified].
/// Referenced departments and codes must exist; loginId is unique per company (case-insensitive);
/// the password is write-only. [INFERRED strict rules]
/// </summary>
internal sealed class EmployeeResource : IWorkplaceResource
{
    public const string GradeField = "gradeCdExternalKey";
    public const string JobField = "jobCdExternalKey";
    public const string EmploymentTypeField = "empTypeExternalKey";

    private const string DepartmentField = "deptExternalKey";
    private const string ConcurrentField = "concurrentDeptExternalKeys";

    private static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "loginId", "emailAddress", "employYmd", "telephoneNo", "cellphoneNo", "birthYmd", "genderCd", "empNick",
        "localeTypeCd", "tmznTypeCd", "zipCode", "address", "addressDetail", "name", "i18nNames",
        DepartmentField, ConcurrentField, EmploymentTypeField, GradeField, JobField,
        "passwordSettingType", "initializePassword",
    };

    /// <summary>The only passwordSettingType seen in public code. [CODE]</summary>
    private static readonly IReadOnlySet<string> PasswordSettingTypes = new HashSet<string>(StringComparer.Ordinal) { "ADMIN" };

    private static readonly (string Field, string Resource)[] CodeReferences =
    [
        (EmploymentTypeField, WorkplaceResourceNames.EmploymentType),
        (GradeField, WorkplaceResourceNames.Grade),
        (JobField, WorkplaceResourceNames.Job),
    ];

    public string Name => WorkplaceResourceNames.Employee;

    public bool AssignsInternalId => true;

    public UniqueField? Unique { get; } = new("loginId", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the employee is in the department, primarily or concurrently.</summary>
    public static bool BelongsTo(WorkplaceRecord employee, string departmentKey) =>
        employee.GetString(DepartmentField) == departmentKey
        || (employee.Fields[ConcurrentField]?.AsArray().Any(k => k?.GetValue<string>() == departmentKey) ?? false);

    public WorkplaceError? Validate(WorkplaceWrite write, out JsonObject fields)
    {
        var body = new BodyFields(write.Body, Allowed);
        WorkplaceCompany company = write.Company;

        body.String("name", 100, required: true);
        body.I18nNames();
        string? loginId = body.String("loginId", 100, required: true);
        body.Check("loginId", loginId, FieldRules.IsEmail, "must have the form id@domain.");
        body.Check("emailAddress", body.String("emailAddress", 100, required: true), FieldRules.IsEmail, "must be an email address.");
        body.Check("employYmd", body.String("employYmd", 10, required: true), FieldRules.IsDate, "must be a date in yyyy-MM-dd form.");
        body.Check("telephoneNo", body.String("telephoneNo", 30, required: false), FieldRules.IsPhone, "may contain only digits, spaces and + - ( ).");
        body.Check("cellphoneNo", body.String("cellphoneNo", 100, required: false), FieldRules.IsPhone, "may contain only digits, spaces and + - ( ).");
        body.Check("birthYmd", body.String("birthYmd", 30, required: false), FieldRules.IsDate, "must be a date in yyyy-MM-dd form.");
        body.Check("genderCd", body.String("genderCd", 30, required: false), FieldRules.Genders.Contains, "must be MALE or FEMALE.");
        body.Check("empNick", body.String("empNick", 100, required: false), FieldRules.IsNickname, "may contain letters, digits and only ! @ & ( ) - _ + [ ] { } , .");
        body.Check("localeTypeCd", body.String("localeTypeCd", 10, required: false), FieldRules.Locales.Contains, "must be one of " + string.Join(", ", FieldRules.Locales) + ".");
        body.Check("tmznTypeCd", body.String("tmznTypeCd", 50, required: false), FieldRules.IsTimeZoneId, "must be a time zone id such as Asia/Seoul.");
        body.Check("zipCode", body.String("zipCode", 10, required: false), FieldRules.IsZipCode, "may contain only letters, digits and '-'.");
        body.String("address", 100, required: false);
        body.String("addressDetail", 100, required: false);

        string? department = body.String(DepartmentField, 100, required: true);
        body.Check(DepartmentField, department, company.Departments.Contains, $"Department '{department}' does not exist.");
        // Marked required ("Y") in the doc; an empty array is accepted. [READ / INFERRED]
        IReadOnlyList<string>? concurrent = body.StringList(ConcurrentField, 100, required: true);
        for (int i = 0; i < (concurrent?.Count ?? 0); i++)
        {
            string key = concurrent![i];
            if (key == department)
            {
                body.Error($"{ConcurrentField}[{i}]", "must not repeat the primary department.");
            }
            else if (!company.Departments.Contains(key))
            {
                body.Error($"{ConcurrentField}[{i}]", $"Department '{key}' does not exist.");
            }
        }

        foreach ((string field, string resource) in CodeReferences)
        {
            string? key = body.String(field, 100, required: false);
            body.Check(field, key, company.Store(resource).Contains, $"{resource} '{key}' does not exist.");
        }

        CheckPassword(body);

        fields = body.Stored;
        if (body.HasErrors)
        {
            return WorkplaceError.Validation(body.Errors);
        }

        return company.Employees.OwnerOf(loginId!) is string owner && owner != write.ExternalKey
            ? WorkplaceError.Conflict(WorkplaceErrorCodes.DuplicateLoginId, $"loginId '{loginId}' is already used by another employee.", "loginId")
            : null;
    }

    public WorkplaceError? CheckDelete(WorkplaceCompany company, WorkplaceRecord record) => null;

    public JsonObject ToElement(WorkplaceCompany company, WorkplaceRecord record)
    {
        JsonObject element = ElementBuilder.Start(company, record);
        element["empId"] = record.InternalId;
        // [READ] the partner employee list returns deptNo, WORKPLACE's key of the primary department.
        element["deptNo"] = DepartmentResource.DeptNo(company, record.GetString(DepartmentField)!);
        ElementBuilder.CopyFields(record, element);
        return element;
    }

    /// <summary>
    /// passwordSettingType "ADMIN" requires initializePassword, and initializePassword needs a setting
    /// type. Neither is stored: the password is write-only and never echoed.
    /// </summary>
    private static void CheckPassword(BodyFields body)
    {
        string? type = body.String("passwordSettingType", 30, required: false, store: false);
        string? password = body.String("initializePassword", 100, required: false, store: false);
        body.Check("passwordSettingType", type, PasswordSettingTypes.Contains, "must be ADMIN (the only value known to the emulator).");
        if (type == "ADMIN" && password is null)
        {
            body.Error("initializePassword", "is required when passwordSettingType is ADMIN.");
        }
        else if (type is null && password is not null)
        {
            body.Error("initializePassword", "requires passwordSettingType.");
        }
    }
}
