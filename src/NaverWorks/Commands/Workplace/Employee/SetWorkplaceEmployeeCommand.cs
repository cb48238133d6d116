using System;
using System.Collections;
using System.Management.Automation;
using NaverWorks.Commands.Completers;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Changes a WORKPLACE employee.</para>
    /// <para type="description">Only the fields given change: the employee is read, the fields merged in, and the whole
    /// employee written back, so fields the module does not know survive too. Binds by property name, so an updated CSV or
    /// an employee from Get-WorkplaceEmployee can be piped in.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorkplaceEmployee", SupportsShouldProcess = true)]
    [OutputType(typeof(Employee))]
    public sealed class SetWorkplaceEmployeeCommand : SetWorkplaceObjectCommand<Employee>
    {
        /// <summary>The employee's name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        /// <summary>The sign-in ID, <c>id@domain</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? LoginId { get; set; }

        /// <summary>The mail address.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("emailAddress")]
        public string? Email { get; set; }

        /// <summary>The primary department's external key.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("deptExternalKey")]
        [ArgumentCompleter(typeof(DepartmentKeyCompleter))]
        public string? DepartmentExternalKey { get; set; }

        /// <summary>The hire date (a date, or text such as 2024-03-01).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("employYmd")]
        public DateTime? HireDate { get; set; }

        /// <summary>Further (concurrent) departments' external keys.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ConcurrentDepartmentExternalKeys", "concurrentDeptExternalKeys")]
        [ArgumentCompleter(typeof(DepartmentKeyCompleter))]
        public string[]? ConcurrentDepartmentExternalKey { get; set; }

        /// <summary>The office telephone.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("telephoneNo")]
        public string? Telephone { get; set; }

        /// <summary>The mobile phone.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("cellphoneNo")]
        public string? CellPhone { get; set; }

        /// <summary>The birthday.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("birthYmd")]
        public DateTime? Birthday { get; set; }

        /// <summary>MALE or FEMALE (M and F work too).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("genderCd")]
        public string? Gender { get; set; }

        /// <summary>The nickname (letters, digits and ! @ &amp; ( ) - _ + [ ] { } , . only).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("empNick")]
        public string? NickName { get; set; }

        /// <summary>The locale, e.g. ko_KR, ja_JP, en_US, zh_CN, zh_TW.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("localeTypeCd")]
        public string? Locale { get; set; }

        /// <summary>The time zone, e.g. Asia/Seoul.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("tmznTypeCd")]
        [ArgumentCompleter(typeof(IanaTimeZoneCompleter))]
        public string? TimeZone { get; set; }

        /// <summary>The postal code.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ZipCode { get; set; }

        /// <summary>The address.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Address { get; set; }

        /// <summary>The rest of the address.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AddressDetail { get; set; }

        /// <summary>The employment type's external key (see Get-WorkplaceEmploymentType).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("empTypeExternalKey")]
        [ArgumentCompleter(typeof(EmploymentTypeKeyCompleter))]
        public string? EmploymentTypeExternalKey { get; set; }

        /// <summary>The job grade's external key (see Get-WorkplaceGrade).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("gradeCdExternalKey")]
        [ArgumentCompleter(typeof(GradeKeyCompleter))]
        public string? GradeExternalKey { get; set; }

        /// <summary>The job position's external key (see Get-WorkplaceJob).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("jobCdExternalKey")]
        [ArgumentCompleter(typeof(JobKeyCompleter))]
        public string? JobExternalKey { get; set; }

        /// <summary>Names per locale, e.g. <c>@{ ko_KR = '홍길동'; en_US = 'Gildong Hong' }</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public IDictionary? I18nNames { get; set; }

        /// <summary>Fields to empty, e.g. -Clear Telephone, NickName.</summary>
        [Parameter]
        [ValidateSet("ConcurrentDepartmentExternalKey", "Telephone", "CellPhone", "Birthday", "Gender", "NickName", "Locale", "TimeZone", "ZipCode", "Address", "AddressDetail", "EmploymentTypeExternalKey", "GradeExternalKey", "JobExternalKey", "I18nNames", IgnoreCase = true)]
        public string[] Clear { get; set; } = Array.Empty<string>();

        /// <inheritdoc />
        protected override string[] FieldsToClear => Clear;

        /// <inheritdoc />
        protected override Employee BuildChanges() => new Employee
        {
            Name = WorkplaceInput.Text(Name),
            LoginId = WorkplaceInput.Text(LoginId),
            Email = WorkplaceInput.Text(Email),
            DepartmentExternalKey = WorkplaceInput.Text(DepartmentExternalKey),
            HireDate = HireDate?.Date,
            ConcurrentDepartmentExternalKeys = WorkplaceInput.List(ConcurrentDepartmentExternalKey),
            Telephone = WorkplaceInput.Text(Telephone),
            CellPhone = WorkplaceInput.Text(CellPhone),
            Birthday = Birthday?.Date,
            Gender = WorkplaceInput.Gender(Gender),
            NickName = WorkplaceInput.Text(NickName),
            Locale = WorkplaceInput.Text(Locale),
            TimeZone = WorkplaceInput.Text(TimeZone),
            ZipCode = WorkplaceInput.Text(ZipCode),
            Address = WorkplaceInput.Text(Address),
            AddressDetail = WorkplaceInput.Text(AddressDetail),
            EmploymentTypeExternalKey = WorkplaceInput.Text(EmploymentTypeExternalKey),
            GradeExternalKey = WorkplaceInput.Text(GradeExternalKey),
            JobExternalKey = WorkplaceInput.Text(JobExternalKey),
            I18nNames = WorkplaceInput.Names(I18nNames),
        };
    }
}
