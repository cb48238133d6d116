using System;
using System.Collections;
using System.Management.Automation;
using System.Security;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Creates WORKPLACE employees, one or thousands from CSV.</para>
    /// <para type="description">Every parameter binds by property name, so <c>Import-Csv employees.csv | New-WorkplaceEmployee</c>
    /// works with plain CSV headers (the API's own field names work too: employYmd, deptExternalKey …). Up to -ThrottleLimit
    /// rows are created at once; each exactly once even when an attempt times out or fails after the server committed it.
    /// A row that fails is reported with its row number and the field at fault, and the rest go on. -SkipExisting leaves
    /// employees whose external key already exists, so a load can simply be run again.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorkplaceEmployee", SupportsShouldProcess = true)]
    [OutputType(typeof(Employee))]
    public sealed class NewWorkplaceEmployeeCommand : NewWorkplaceObjectCommand<Employee>
    {
        /// <summary>The employee's name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        /// <summary>The sign-in ID, <c>id@domain</c>.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string LoginId { get; set; } = "";

        /// <summary>The mail address.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("emailAddress")]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; } = "";

        /// <summary>The primary department's external key.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("deptExternalKey")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DepartmentKeyCompleter))]
        public string DepartmentExternalKey { get; set; } = "";

        /// <summary>The hire date (a date, or text such as 2024-03-01).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("employYmd")]
        public DateTime HireDate { get; set; }

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
        /// <summary>The first password, set by the administrator (a SecureString or plain text); the API never returns it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SecretTransformation]
        public SecureString? Password { get; set; }

        /// <inheritdoc />
        protected override Employee BuildDraft() => new Employee
        {
            Name = WorkplaceInput.Text(Name),
            LoginId = WorkplaceInput.Text(LoginId),
            Email = WorkplaceInput.Text(Email),
            DepartmentExternalKey = WorkplaceInput.Text(DepartmentExternalKey),
            HireDate = HireDate.Date,
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
            InitialPassword = WorkplaceInput.Password(Password),
        };

        /// <inheritdoc />
        protected override string Describe(Employee draft) =>
            $"employee '{draft.ExternalKey}' ({draft.LoginId}) in department '{draft.DepartmentExternalKey}'";
    }
}
