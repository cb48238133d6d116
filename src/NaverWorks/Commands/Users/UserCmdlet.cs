using System;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Users
{
    /// <summary>
    /// What New-WorksUser and Set-WorksUser share: the user field parameters (every one binds by property name,
    /// so CSV headers and objects from Get-WorksUser map onto them), reading them into <see cref="UserFields"/>
    /// with blank cells as "not given", and naming the field an API error is about.
    /// </summary>
    public abstract class UserCmdlet<TRow> : BulkCmdlet<TRow> where TRow : class
    {
        /// <summary>Family name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? LastName { get; set; }

        /// <summary>Given name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? FirstName { get; set; }

        /// <summary>The domain of the user's organization (default: the session's, else the tenant's).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? DomainId { get; set; }

        /// <summary>The org unit's id (or externalKey:KEY), sent as given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(OrgUnitIdCompleter))]
        public string? OrgUnitId { get; set; }

        /// <summary>The org unit's name, id or externalKey:KEY; a name must match exactly one unit.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("OrgUnitName")]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(OrgUnitNameCompleter))]
        public string? OrgUnit { get; set; }

        /// <summary>
        /// Whether the org unit is the user's primary one (the default). A user given one org unit always gets it as
        /// primary; on Set-WorksUser, -Primary:$false adds the unit beside the primary one instead of moving the user.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter Primary { get; set; }

        /// <summary>The position's id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(PositionIdCompleter))]
        public string? PositionId { get; set; }

        /// <summary>The position's name, id or externalKey:KEY.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("PositionName")]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(PositionNameCompleter))]
        public string? Position { get; set; }

        /// <summary>The level's id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(LevelIdCompleter))]
        public string? LevelId { get; set; }

        /// <summary>The level's name, id or externalKey:KEY.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("LevelName")]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(LevelNameCompleter))]
        public string? Level { get; set; }

        /// <summary>The user manages the org unit.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter IsManager { get; set; }

        /// <summary>External key (unique; no % \ # / ?).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("UserExternalKey")]
        [AllowEmptyString, AllowNull]
        public string? ExternalKey { get; set; }

        /// <summary>Employee number.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? EmployeeNumber { get; set; }

        /// <summary>Nickname.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? NickName { get; set; }

        /// <summary>Mobile phone: digits and + - * # P T ( ).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? CellPhone { get; set; }

        /// <summary>Telephone: digits and + - * # P T ( ).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Telephone { get; set; }

        /// <summary>Work location.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Location { get; set; }

        /// <summary>Private email (where a member sets the first password, with PasswordCreationType Member).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PrivateEmail { get; set; }

        /// <summary>Locale: ko_KR, ja_JP, zh_CN, zh_TW or en_US.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Locale { get; set; }

        /// <summary>IANA time zone, e.g. Asia/Seoul.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(IanaTimeZoneCompleter))]
        public string? TimeZone { get; set; }

        /// <summary>Hire date: YYYY-MM-DD (or a [datetime]).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTransformation]
        [AllowEmptyString, AllowNull]
        public string? HiredDate { get; set; }

        /// <summary>Birthday: YYYY-MM-DD (or a [datetime]).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTransformation]
        [AllowEmptyString, AllowNull]
        public string? Birthday { get; set; }

        /// <summary>Rows sent at once (default 8; the service's rate limit applies per operation whatever this is).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 8;

        /// <inheritdoc />
        protected override int Concurrency => ThrottleLimit;

        /// <summary>The fields given for the current row.</summary>
        protected UserFields ReadFields() => new UserFields
        {
            LastName = Text(nameof(LastName), LastName),
            FirstName = Text(nameof(FirstName), FirstName),
            DomainId = IsGiven(nameof(DomainId)) && DomainId > 0 ? DomainId : DomainFor(null),
            OrgUnitId = Text(nameof(OrgUnitId), OrgUnitId),
            OrgUnit = Text(nameof(OrgUnit), OrgUnit),
            Primary = Flag(nameof(Primary), Primary),
            PositionId = Text(nameof(PositionId), PositionId),
            Position = Text(nameof(Position), Position),
            LevelId = Text(nameof(LevelId), LevelId),
            Level = Text(nameof(Level), Level),
            IsManager = Flag(nameof(IsManager), IsManager),
            ExternalKey = Text(nameof(ExternalKey), ExternalKey),
            EmployeeNumber = Text(nameof(EmployeeNumber), EmployeeNumber),
            NickName = Text(nameof(NickName), NickName),
            CellPhone = Text(nameof(CellPhone), CellPhone),
            Telephone = Text(nameof(Telephone), Telephone),
            Location = Text(nameof(Location), Location),
            PrivateEmail = Text(nameof(PrivateEmail), PrivateEmail),
            Locale = Text(nameof(Locale), Locale),
            TimeZone = Text(nameof(TimeZone), TimeZone),
            HiredDate = Text(nameof(HiredDate), HiredDate),
            Birthday = Text(nameof(Birthday), Birthday),
        };

        /// <inheritdoc />
        protected override string? FieldOf(Exception error) =>
            error is Http.WorksApiException api ? UserFieldNames.FromDescription(api.Description) : null;
    }
}
