using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using NaverWorks.Auth;
using NaverWorks.Json;

namespace NaverWorks.Workplace
{
    /// <summary>A WORKPLACE employee (사원), as <c>Get-WorkplaceEmployee</c> returns it. The password is never returned.</summary>
    public sealed class Employee : WorkplaceObject
    {
        /// <summary>The employee's name (<c>name</c>).</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>Names per locale (<c>i18nNames</c>).</summary>
        [JsonPropertyName("i18nNames")]
        public Dictionary<string, string>? I18nNames { get; set; }

        /// <summary>The sign-in ID (<c>loginId</c>, <c>id@domain</c>).</summary>
        [JsonPropertyName("loginId")]
        public string? LoginId { get; set; }

        /// <summary>The mail address (<c>emailAddress</c>).</summary>
        [JsonPropertyName("emailAddress")]
        public string? Email { get; set; }

        /// <summary>The hire date (<c>employYmd</c>, yyyy-MM-dd).</summary>
        [JsonPropertyName("employYmd")]
        [JsonConverter(typeof(YmdDateConverter))]
        public DateTime? HireDate { get; set; }

        /// <summary>The primary department's external key (<c>deptExternalKey</c>).</summary>
        [JsonPropertyName("deptExternalKey")]
        public string? DepartmentExternalKey { get; set; }

        /// <summary>Further (concurrent, 겸직) departments (<c>concurrentDeptExternalKeys</c>).</summary>
        [JsonPropertyName("concurrentDeptExternalKeys")]
        public string[]? ConcurrentDepartmentExternalKeys { get; set; }

        /// <summary>The office telephone (<c>telephoneNo</c>).</summary>
        [JsonPropertyName("telephoneNo")]
        public string? Telephone { get; set; }

        /// <summary>The mobile phone (<c>cellphoneNo</c>).</summary>
        [JsonPropertyName("cellphoneNo")]
        public string? CellPhone { get; set; }

        /// <summary>The birthday (<c>birthYmd</c>, yyyy-MM-dd).</summary>
        [JsonPropertyName("birthYmd")]
        [JsonConverter(typeof(YmdDateConverter))]
        public DateTime? Birthday { get; set; }

        /// <summary>MALE or FEMALE (<c>genderCd</c>).</summary>
        [JsonPropertyName("genderCd")]
        public string? Gender { get; set; }

        /// <summary>The nickname (<c>empNick</c>).</summary>
        [JsonPropertyName("empNick")]
        public string? NickName { get; set; }

        /// <summary>The locale (<c>localeTypeCd</c>), e.g. ko_KR.</summary>
        [JsonPropertyName("localeTypeCd")]
        public string? Locale { get; set; }

        /// <summary>The time zone (<c>tmznTypeCd</c>), e.g. Asia/Seoul.</summary>
        [JsonPropertyName("tmznTypeCd")]
        public string? TimeZone { get; set; }

        /// <summary>The postal code (<c>zipCode</c>).</summary>
        [JsonPropertyName("zipCode")]
        public string? ZipCode { get; set; }

        /// <summary>The address (<c>address</c>).</summary>
        [JsonPropertyName("address")]
        public string? Address { get; set; }

        /// <summary>The rest of the address (<c>addressDetail</c>).</summary>
        [JsonPropertyName("addressDetail")]
        public string? AddressDetail { get; set; }

        /// <summary>The employment type's external key (<c>empTypeExternalKey</c>).</summary>
        [JsonPropertyName("empTypeExternalKey")]
        public string? EmploymentTypeExternalKey { get; set; }

        /// <summary>The job grade's external key (<c>gradeCdExternalKey</c>).</summary>
        [JsonPropertyName("gradeCdExternalKey")]
        public string? GradeExternalKey { get; set; }

        /// <summary>The job position's external key (<c>jobCdExternalKey</c>).</summary>
        [JsonPropertyName("jobCdExternalKey")]
        public string? JobExternalKey { get; set; }

        /// <summary>WORKPLACE's own key of the employee (<c>empId</c>).</summary>
        [JsonPropertyName("empId")]
        public string? EmployeeId { get; set; }

        /// <summary>WORKPLACE's key of the primary department (<c>deptNo</c>).</summary>
        [JsonPropertyName("deptNo")]
        public string? DepartmentNo { get; set; }

        /// <summary>The first password, set by the administrator on create; write-only, never serialized as a property.</summary>
        internal Secret? InitialPassword { get; set; }

        /// <inheritdoc />
        public override string ToString() => ExternalKey + " (" + LoginId + ")";
    }
}
