using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NaverWorks.Workplace
{
    /// <summary>A WORKPLACE department (부서), as <c>Get-WorkplaceDepartment</c> returns it.</summary>
    public sealed class Department : WorkplaceObject
    {
        /// <summary>The root department's parent key on the wire: a company has exactly one top-level department.</summary>
        public const string RootParent = "#";

        /// <summary>The department name (<c>name</c>, up to 100 characters).</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>Names per locale (<c>i18nNames</c>: ko_KR, ja_JP, en_US, zh_CN, zh_TW).</summary>
        [JsonPropertyName("i18nNames")]
        public Dictionary<string, string>? I18nNames { get; set; }

        /// <summary>The parent department's external key (<c>parentDeptExternalKey</c>); null for the top-level department.</summary>
        [JsonPropertyName("parentDeptExternalKey")]
        public string? ParentExternalKey { get; set; }

        /// <summary>Position in the org chart (<c>dispOrd</c>, a decimal the API returns as text such as "1.0").</summary>
        [JsonPropertyName("dispOrd")]
        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
        public decimal? DisplayOrder { get; set; }

        /// <summary>The department's mail address (<c>deptEmailAddress</c>).</summary>
        [JsonPropertyName("deptEmailAddress")]
        public string? Email { get; set; }

        /// <summary>Whether the department address accepts mail from outside (<c>externalEmailReceiveYn</c>).</summary>
        [JsonPropertyName("externalEmailReceiveYn")]
        public bool? ReceiveExternalEmail { get; set; }

        /// <summary>WORKPLACE's own key of the department (<c>deptNo</c>, a uuid).</summary>
        [JsonPropertyName("deptNo")]
        public string? DepartmentNo { get; set; }

        /// <summary>WORKPLACE's key of the parent (<c>parentDeptNo</c>); "#" for the top-level department.</summary>
        [JsonPropertyName("parentDeptNo")]
        public string? ParentDepartmentNo { get; set; }

        /// <summary>The department head's external key (<c>deptLeaderExternalKey</c>); read-only here.</summary>
        [JsonPropertyName("deptLeaderExternalKey")]
        public string? LeaderExternalKey { get; set; }

        /// <summary>The department head's WORKPLACE employee id (<c>deptLeaderEmpId</c>); read-only here.</summary>
        [JsonPropertyName("deptLeaderEmpId")]
        public string? LeaderEmployeeId { get; set; }

        /// <inheritdoc />
        public override string ToString() => ExternalKey + " (" + Name + ")";
    }
}
