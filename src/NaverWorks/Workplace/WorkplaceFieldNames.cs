using System;
using System.Collections.Generic;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// The WORKPLACE wire field names and the cmdlet parameters they come from, so an error about
    /// <c>employYmd</c> can tell a CSV user to fix the <c>HireDate</c> column.
    /// </summary>
    public static class WorkplaceFieldNames
    {
        private static readonly Dictionary<string, string> Parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["externalKey"] = "ExternalKey",
            ["name"] = "Name",
            ["i18nNames"] = "I18nNames",
            // In a department body this repeats the path key, which the module fills in itself; only the
            // employee's department can be wrong in a user's input.
            ["deptExternalKey"] = "DepartmentExternalKey",
            ["parentDeptExternalKey"] = "ParentExternalKey",
            ["deptEmailAddress"] = "Email",
            ["externalEmailReceiveYn"] = "ReceiveExternalEmail",
            ["dispOrd"] = "DisplayOrder",
            ["loginId"] = "LoginId",
            ["emailAddress"] = "Email",
            ["employYmd"] = "HireDate",
            ["telephoneNo"] = "Telephone",
            ["cellphoneNo"] = "CellPhone",
            ["birthYmd"] = "Birthday",
            ["genderCd"] = "Gender",
            ["empNick"] = "NickName",
            ["localeTypeCd"] = "Locale",
            ["tmznTypeCd"] = "TimeZone",
            ["zipCode"] = "ZipCode",
            ["address"] = "Address",
            ["addressDetail"] = "AddressDetail",
            ["concurrentDeptExternalKeys"] = "ConcurrentDepartmentExternalKey",
            ["empTypeExternalKey"] = "EmploymentTypeExternalKey",
            ["gradeCdExternalKey"] = "GradeExternalKey",
            ["jobCdExternalKey"] = "JobExternalKey",
            ["passwordSettingType"] = "Password",
            ["initializePassword"] = "Password",
            ["itemUsed"] = "InUse",
            ["sortOrder"] = "SortOrder",
        };

        /// <summary>
        /// The parameter a wire field is set with, or null when no parameter sets it. Nested names
        /// (<c>i18nNames.fr_FR</c>, <c>concurrentDeptExternalKeys[0]</c>) map by their first part.
        /// </summary>
        /// <param name="wireField">A field name as the API reports it.</param>
        /// <returns>The cmdlet parameter name, or null.</returns>
        public static string? ParameterFor(string wireField)
        {
            if (string.IsNullOrEmpty(wireField)) return null;
            int cut = wireField.IndexOfAny(new[] { '.', '[' });
            string head = cut > 0 ? wireField.Substring(0, cut) : wireField;
            return Parameters.TryGetValue(head, out string? parameter) ? parameter : null;
        }

        /// <summary>A field as a user reads it: <c>-HireDate (employYmd)</c>, or just the wire name.</summary>
        /// <param name="wireField">A field name as the API reports it.</param>
        /// <returns>The parameter and the wire name.</returns>
        public static string Describe(string wireField)
        {
            string? parameter = ParameterFor(wireField);
            return parameter is null ? wireField : "-" + parameter + " (" + wireField + ")";
        }
    }
}
