using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>
    /// A NAVER WORKS member (<c>GET /users/{userId}</c>). The first properties are the columns an administrator
    /// works with, named exactly like the parameters of New-WorksUser and Set-WorksUser, so
    /// <c>Get-WorksUser | Export-Csv</c>, an edit and <c>Import-Csv | Set-WorksUser</c> round-trip. The primary
    /// placement (org unit, position, level, manager flag) is flattened from <see cref="Organizations"/>, which is
    /// kept whole, as are fields this type does not model (<see cref="WorksObject.AdditionalFields"/>).
    /// </summary>
    public sealed class User : WorksObject
    {
        /// <summary>Resource id (<c>user…</c>).</summary>
        public string? UserId { get; set; }

        /// <summary>Login email.</summary>
        public string? Email { get; set; }

        /// <summary>Family name (from <see cref="UserName"/>).</summary>
        [JsonIgnore]
        public string? LastName => UserName?.LastName;

        /// <summary>Given name (from <see cref="UserName"/>).</summary>
        [JsonIgnore]
        public string? FirstName => UserName?.FirstName;

        /// <summary>Name of the primary org unit.</summary>
        [JsonIgnore]
        public string? OrgUnit => PrimaryOrgUnit?.OrgUnitName;

        /// <summary>Id of the primary org unit.</summary>
        [JsonIgnore]
        public string? OrgUnitId => PrimaryOrgUnit?.OrgUnitId;

        /// <summary>Position (job title) name in the primary org unit.</summary>
        [JsonIgnore]
        public string? Position => PrimaryOrgUnit?.PositionName;

        /// <summary>Position id in the primary org unit.</summary>
        [JsonIgnore]
        public string? PositionId => PrimaryOrgUnit?.PositionId;

        /// <summary>Level (grade) name in the primary organization.</summary>
        [JsonIgnore]
        public string? Level => PrimaryOrganization?.LevelName;

        /// <summary>Level id in the primary organization.</summary>
        [JsonIgnore]
        public string? LevelId => PrimaryOrganization?.LevelId;

        /// <summary>True when the user manages the primary org unit.</summary>
        [JsonIgnore]
        public bool IsManager => PrimaryOrgUnit?.IsManager ?? false;

        /// <summary>Employee number.</summary>
        public string? EmployeeNumber { get; set; }

        /// <summary>External key (unique in the tenant; <c>userExternalKey</c> on the wire).</summary>
        [JsonPropertyName("userExternalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>Mobile phone.</summary>
        public string? CellPhone { get; set; }

        /// <summary>Telephone.</summary>
        public string? Telephone { get; set; }

        /// <summary>Work location.</summary>
        public string? Location { get; set; }

        /// <summary>Nickname.</summary>
        public string? NickName { get; set; }

        /// <summary>Private (personal) email.</summary>
        public string? PrivateEmail { get; set; }

        /// <summary>Locale such as <c>ko_KR</c>.</summary>
        public string? Locale { get; set; }

        /// <summary>IANA time zone such as <c>Asia/Seoul</c>.</summary>
        public string? TimeZone { get; set; }

        /// <summary>Hire date, YYYY-MM-DD.</summary>
        public string? HiredDate { get; set; }

        /// <summary>Birthday, YYYY-MM-DD.</summary>
        public string? Birthday { get; set; }

        /// <summary>Domain id.</summary>
        public int? DomainId { get; set; }

        /// <summary>True only for the tenant's super admin.</summary>
        public bool IsAdministrator { get; set; }

        /// <summary>True while suspended.</summary>
        public bool IsSuspended { get; set; }

        /// <summary>True until the member completes sign-up.</summary>
        public bool IsPending { get; set; }

        /// <summary>True when deleted (within the grace period).</summary>
        public bool IsDeleted { get; set; }

        /// <summary>True while awaiting activation.</summary>
        public bool IsAwaiting { get; set; }

        /// <summary>Why the member is suspended.</summary>
        public string? SuspendedReason { get; set; }

        /// <summary>Job description.</summary>
        public string? Task { get; set; }

        /// <summary>When the member became active.</summary>
        public string? ActivationDate { get; set; }

        /// <summary>Shown in directory search.</summary>
        public bool? Searchable { get; set; }

        /// <summary>The full name object.</summary>
        public UserName? UserName { get; set; }

        /// <summary>Names in other languages.</summary>
        public List<UserI18nName>? I18nNames { get; set; }

        /// <summary>Organizations and org-unit placements, as the API returns them.</summary>
        public List<UserOrganization>? Organizations { get; set; }

        /// <summary>Alias emails.</summary>
        public List<string>? AliasEmails { get; set; }

        /// <summary>Employment type id.</summary>
        public string? EmploymentTypeId { get; set; }

        /// <summary>Employment type name.</summary>
        public string? EmploymentTypeName { get; set; }

        /// <summary>User type id.</summary>
        public string? UserTypeId { get; set; }

        /// <summary>User type name.</summary>
        public string? UserTypeName { get; set; }

        /// <summary>Employment type external key.</summary>
        public string? EmploymentTypeExternalKey { get; set; }

        /// <summary>User type external key.</summary>
        public string? UserTypeExternalKey { get; set; }

        /// <summary>User type code.</summary>
        public string? UserTypeCode { get; set; }

        /// <summary>SOLAR or LUNAR.</summary>
        public string? BirthdayCalendarType { get; set; }

        /// <summary>Leave of absence.</summary>
        public UserLeaveOfAbsence? LeaveOfAbsence { get; set; }

        /// <summary>Messenger account.</summary>
        public UserMessenger? Messenger { get; set; }

        /// <summary>Values of the tenant's custom fields.</summary>
        public List<UserCustomField>? CustomFields { get; set; }

        /// <summary>Relations to other members.</summary>
        public List<UserRelation>? Relations { get; set; }

        /// <summary>The primary organization (or the first one).</summary>
        internal UserOrganization? PrimaryOrganization =>
            Organizations?.FirstOrDefault(o => o.Primary) ?? Organizations?.FirstOrDefault();

        /// <summary>The primary org-unit placement of the primary organization (or its first one).</summary>
        internal UserOrgUnit? PrimaryOrgUnit
        {
            get
            {
                var units = PrimaryOrganization?.OrgUnits;
                return units?.FirstOrDefault(u => u.Primary) ?? units?.FirstOrDefault();
            }
        }

        /// <summary>The login email, so a user prints as itself in messages.</summary>
        public override string ToString() => Email ?? UserId ?? "";
    }
}
