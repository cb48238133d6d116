using System;
using System.Collections.Generic;
using NaverWorks.Auth;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// The user fields given for one row (New-WorksUser) or one change (Set-WorksUser), named like the cmdlet
    /// parameters and the CSV columns. Null means "not given": an empty CSV cell is not given either.
    /// </summary>
    public sealed class UserFields
    {
        /// <summary>Login email (New) — on Set the user is named by its id instead.</summary>
        public string? Email { get; set; }

        /// <summary>Family name.</summary>
        public string? LastName { get; set; }

        /// <summary>Given name.</summary>
        public string? FirstName { get; set; }

        /// <summary>Domain of the organization (defaults to the session's or the tenant's).</summary>
        public int? DomainId { get; set; }

        /// <summary>Org unit id (sent as given).</summary>
        public string? OrgUnitId { get; set; }

        /// <summary>Org unit name, id or <c>externalKey:{key}</c> (resolved through the run's lookup).</summary>
        public string? OrgUnit { get; set; }

        /// <summary>
        /// Whether the org unit becomes the primary one. Null or true: yes (on Set that moves the user's primary
        /// placement there); false: it is added beside the primary one (Set only).
        /// </summary>
        public bool? Primary { get; set; }

        /// <summary>Position id.</summary>
        public string? PositionId { get; set; }

        /// <summary>Position name, id or <c>externalKey:{key}</c>.</summary>
        public string? Position { get; set; }

        /// <summary>Level id.</summary>
        public string? LevelId { get; set; }

        /// <summary>Level name, id or <c>externalKey:{key}</c>.</summary>
        public string? Level { get; set; }

        /// <summary>Manager of the org unit.</summary>
        public bool? IsManager { get; set; }

        /// <summary>External key.</summary>
        public string? ExternalKey { get; set; }

        /// <summary>Employee number.</summary>
        public string? EmployeeNumber { get; set; }

        /// <summary>Nickname.</summary>
        public string? NickName { get; set; }

        /// <summary>Mobile phone.</summary>
        public string? CellPhone { get; set; }

        /// <summary>Telephone.</summary>
        public string? Telephone { get; set; }

        /// <summary>Work location.</summary>
        public string? Location { get; set; }

        /// <summary>Private email.</summary>
        public string? PrivateEmail { get; set; }

        /// <summary>The first password (with <c>PasswordCreationType</c> Admin, which it implies).</summary>
        public Secret? Password { get; set; }

        /// <summary><c>Admin</c> or <c>Member</c>.</summary>
        public string? PasswordCreationType { get; set; }

        /// <summary>Ask for a new password at the first sign-in.</summary>
        public bool? ChangePasswordAtNextLogin { get; set; }

        /// <summary>Locale, e.g. ko_KR.</summary>
        public string? Locale { get; set; }

        /// <summary>IANA time zone.</summary>
        public string? TimeZone { get; set; }

        /// <summary>Hire date (normalized to YYYY-MM-DD by validation).</summary>
        public string? HiredDate { get; set; }

        /// <summary>Birthday (normalized to YYYY-MM-DD by validation).</summary>
        public string? Birthday { get; set; }

        /// <summary>Fields to empty (Set only): parameter names such as <c>NickName</c> or <c>Position</c>.</summary>
        public ISet<string> Clear { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>True when any field of the org-unit placement or the level is given or cleared.</summary>
        public bool TouchesOrganization =>
            OrgUnitId is not null || OrgUnit is not null || PositionId is not null || Position is not null ||
            LevelId is not null || Level is not null || IsManager is not null ||
            Clear.Contains(nameof(Position)) || Clear.Contains(nameof(Level));

        /// <summary>Null for null, empty or blank text; otherwise the text trimmed.</summary>
        public static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
