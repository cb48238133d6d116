using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// Which cmdlet parameter (CSV column) each wire property of a user comes from, so an API error such as
    /// "passwordConfig.password: must be …" can name the column the administrator has to fix.
    /// </summary>
    public static class UserFieldNames
    {
        private static readonly Regex Index = new Regex(@"\[\d+\]", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        // Longest paths first, so "organizations.orgUnits.positionId" wins over "organizations".
        private static readonly KeyValuePair<string, string>[] ByWirePath = new Dictionary<string, string>
        {
            ["email"] = "Email",
            ["userName.lastName"] = "LastName",
            ["userName.firstName"] = "FirstName",
            ["userName"] = "LastName",
            ["userExternalKey"] = "ExternalKey",
            ["nickName"] = "NickName",
            ["privateEmail"] = "PrivateEmail",
            ["employeeNumber"] = "EmployeeNumber",
            ["cellPhone"] = "CellPhone",
            ["telephone"] = "Telephone",
            ["location"] = "Location",
            ["locale"] = "Locale",
            ["timeZone"] = "TimeZone",
            ["hiredDate"] = "HiredDate",
            ["birthday"] = "Birthday",
            ["passwordConfig.password"] = "Password",
            ["passwordConfig.passwordCreationType"] = "PasswordCreationType",
            ["passwordConfig.changePasswordAtNextLogin"] = "ChangePasswordAtNextLogin",
            ["passwordConfig"] = "Password",
            ["organizations.levelId"] = "Level",
            ["organizations.orgUnits.orgUnitId"] = "OrgUnit",
            ["organizations.orgUnits.positionId"] = "Position",
            ["organizations.orgUnits.isManager"] = "IsManager",
            ["organizations.orgUnits"] = "OrgUnit",
            ["organizations"] = "OrgUnit",
            ["domainId"] = "DomainId",
        }.OrderByDescending(kv => kv.Key.Length).ToArray();

        /// <summary>The parameter an API error description is about, or null when it names no known property.</summary>
        public static string? FromDescription(string? description)
        {
            if (string.IsNullOrEmpty(description)) return null;
            string text = Index.Replace(description!, "");
            foreach (var kv in ByWirePath)
            {
                if (text.StartsWith(kv.Key, System.StringComparison.Ordinal) &&
                    (text.Length == kv.Key.Length || !char.IsLetterOrDigit(text[kv.Key.Length])))
                    return kv.Value;
            }
            return null;
        }
    }
}
