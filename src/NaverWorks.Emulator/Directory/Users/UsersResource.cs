using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Paging;

namespace NaverWorks.Emulator.Directory.Users;

/// <summary>
/// Users (<c>/users</c>): path ids may be the id, the login email, <c>externalKey:{key}</c> or, for
/// user tokens only, <c>me</c>. Lists sort by NAME or CREATED_TIME. An index of org-unit
/// membership keeps <c>/orgunits/{id}/members</c> O(page).
/// </summary>
internal sealed class UsersResource : DirectoryResource<UserRecord>
{
    private static readonly StringRule AliasRule = new() { Required = true, Nullable = false, MaxLength = 90 };
    private static readonly StringRule TimeZoneRule = new() { MaxLength = 100 };

    private readonly Dictionary<string, SortedIndex<UserRecord>> _members = new(StringComparer.Ordinal);
    private readonly StringRule _emailRule;
    private readonly StringRule _optionalEmailRule;

    public UsersResource(EmulatorTenant tenant)
        : base(tenant)
    {
        _emailRule = DirectoryRules.TenantEmail(tenant.MailDomain, required: true);
        _optionalEmailRule = DirectoryRules.TenantEmail(tenant.MailDomain, required: false);
    }

    public override string Route => "/users";

    public override string IdParameter => "userId";

    public override string Envelope => "users";

    public override string ScopeResource => "user";

    public override string NotFoundCode => "USER_NOT_EXIST";

    public override string Noun => "user";

    public override string ExternalKeyField => "userExternalKey";

    protected override string IdPrefix => "user";

    public override IReadOnlyList<(string Name, Func<UserRecord, SortKey> Key)> Orders { get; } =
    [
        ("CREATED_TIME", static u => SortKey.BySeq(u.Seq)),
        ("NAME", static u => new SortKey((u.UserName.LastName ?? "") + (u.UserName.FirstName ?? ""), 0, u.Seq)),
    ];

    public UserRecord? FindByEmail(string email) =>
        Tenant.EmailOwners.TryGetValue(email, out var id) && Table.Find(id) is { } user
        && string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase) ? user : null;

    /// <summary>Users placed in an org unit, in creation order; caller holds the lock.</summary>
    public SortedIndex<UserRecord> MembersOf(string orgUnitId) =>
        _members.TryGetValue(orgUnitId, out var index) ? index : new SortedIndex<UserRecord>();

    /// <summary>One page of <c>/orgunits/{id}/members</c>: <c>{userId, userExternalKey, isManager, visible, useTeamFeature}</c>.</summary>
    public byte[] ListMembers(string orgUnitId, PageRequest page)
    {
        lock (Tenant.Sync)
        {
            var unit = Tenant.OrgUnits.Resolve(orgUnitId);
            return EmulatorJson.Serialize(page.Read(MembersOf(unit.OrgUnitId), $"/orgunits/{unit.OrgUnitId}/members", "members", descending: false, user =>
            {
                var placement = user.Organizations.SelectMany(o => o.OrgUnits).First(u => u.OrgUnitId == unit.OrgUnitId);
                return new Dictionary<string, object?>
                {
                    ["userId"] = user.UserId,
                    ["userExternalKey"] = user.UserExternalKey,
                    ["isManager"] = placement.IsManager,
                    ["visible"] = placement.Visible,
                    ["useTeamFeature"] = placement.UseTeamFeature,
                };
            }));
        }
    }

    public int CountReferencing(string? levelId = null, string? positionId = null) =>
        Table.All.Count(u => u.Organizations.Any(o =>
            (levelId is not null && o.LevelId == levelId) || (positionId is not null && o.OrgUnits.Any(ou => ou.PositionId == positionId))));

    public void Suspend(string id, WorksPrincipal caller) => Mutate(id, caller, user =>
    {
        if (user.IsAdministrator)
        {
            throw ApiErrors.BadRequest("The super admin cannot be suspended.");
        }

        if (user.IsSuspended || user.IsPending)
        {
            throw ApiErrors.BadRequest($"Only active members can be suspended; '{user.UserId}' is {(user.IsSuspended ? "already suspended" : "pending sign-up")}.");
        }

        return user with { IsSuspended = true, SuspendedReason = "ADMIN" };
    });

    public void Unsuspend(string id, WorksPrincipal caller) => Mutate(id, caller, user => user.IsSuspended
        ? user with { IsSuspended = false, SuspendedReason = null }
        : throw ApiErrors.BadRequest($"The user '{user.UserId}' is not suspended."));

    /// <summary>The tenant's super admin, created with the tenant; caller holds the lock.</summary>
    public UserRecord CreateSuperAdmin()
    {
        var now = Tenant.Now;
        var admin = NewRecord(ResourceIds.New(IdPrefix), Tenant.NextSeq(), now) with
        {
            Email = $"admin@{Tenant.MailDomain}",
            UserName = new UserName { LastName = "관", FirstName = "리자" },
            IsAdministrator = true,
            PasswordCreationType = "ADMIN",
            ActivationDate = FormatTime(now),
            Locale = "ko_KR",
            TimeZone = "Asia/Seoul",
        };
        Commit(null, admin);
        return admin;
    }

    public override object View(UserRecord user) => user with
    {
        Organizations = [.. user.Organizations.Select(o =>
        {
            var level = o.LevelId is null ? null : Tenant.Levels.Table.Find(o.LevelId);
            return o with
            {
                UserExternalKey = o.UserExternalKey ?? user.UserExternalKey,
                Email = o.Email ?? user.Email,
                LevelExternalKey = level?.LevelExternalKey,
                LevelName = level?.LevelName,
                OrganizationName = Tenant.CompanyName,
                OrgUnits = [.. o.OrgUnits.Select(placement =>
                {
                    var unit = Tenant.OrgUnits.Table.Find(placement.OrgUnitId);
                    var position = placement.PositionId is null ? null : Tenant.Positions.Table.Find(placement.PositionId);
                    return placement with
                    {
                        OrgUnitExternalKey = unit?.OrgUnitExternalKey,
                        OrgUnitEmail = unit?.Email,
                        OrgUnitName = unit?.OrgUnitName,
                        PositionExternalKey = position?.PositionExternalKey,
                        PositionName = position?.PositionName,
                    };
                })],
            };
        })],
    };

    internal static string FormatTime(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    protected override UserRecord NewRecord(string id, long seq, DateTimeOffset now) =>
        new() { UserId = id, Seq = seq, CreatedAt = now, DomainId = Tenant.DomainId };

    protected override UserRecord Bind(JsonBody body, UserRecord target)
    {
        var user = target with
        {
            DomainId = DirectoryRules.DomainId(body, target.DomainId, Tenant.DomainId),
            UserExternalKey = body.String("userExternalKey", target.UserExternalKey, DirectoryRules.ExternalKey),
            Email = body.String("email", target.Email, _emailRule)!,
            UserName = body.Object("userName", target.UserName, required: true, BindUserName)!,
            I18nNames = body.Array("i18nNames", target.I18nNames, e => new UserI18nName
            {
                Language = e.String("language", null, DirectoryRules.Language),
                FirstName = e.String("firstName", null, StringRule.Optional(100)),
                LastName = e.String("lastName", null, StringRule.Optional(100)),
            }),
            NickName = body.String("nickName", target.NickName, StringRule.Optional(100)),
            PrivateEmail = body.String("privateEmail", target.PrivateEmail, DirectoryRules.AnyEmail),
            AliasEmails = body.StringArray("aliasEmails", target.AliasEmails, AliasRule with { Pattern = _emailRule.Pattern, PatternMessage = _emailRule.PatternMessage }, maxItems: 10),
            EmploymentTypeId = NoTypesDefined(body, "employmentTypeId", target.EmploymentTypeId, "employment type"),
            UserTypeId = NoTypesDefined(body, "userTypeId", target.UserTypeId, "user type"),
            Searchable = body.Bool("searchable", target.Searchable, true),
            Organizations = body.Array("organizations", target.Organizations, BindOrganization),
            Telephone = body.String("telephone", target.Telephone, DirectoryRules.Phone),
            CellPhone = body.String("cellPhone", target.CellPhone, DirectoryRules.Phone),
            Location = body.String("location", target.Location, StringRule.Optional(100)),
            Task = body.String("task", target.Task, StringRule.Optional(100)),
            Messenger = body.Object("messenger", target.Messenger, required: false, (m, current) => new UserMessenger
            {
                Protocol = m.String("protocol", current?.Protocol, StringRule.OneOf("LINE", "FACEBOOK", "TWITTER", "X", "CUSTOM") with { Required = true, Nullable = false }),
                CustomProtocol = m.String("customProtocol", current?.CustomProtocol, StringRule.Optional(100)),
                MessengerId = m.String("messengerId", current?.MessengerId, StringRule.Optional(100)),
            }),
            BirthdayCalendarType = body.String("birthdayCalendarType", target.BirthdayCalendarType, StringRule.OneOf("SOLAR", "LUNAR")),
            Birthday = body.String("birthday", target.Birthday, DirectoryRules.Date),
            Locale = body.String("locale", target.Locale, StringRule.OneOf(DirectoryRules.Languages)),
            HiredDate = body.String("hiredDate", target.HiredDate, DirectoryRules.Date),
            TimeZone = body.String("timeZone", target.TimeZone, TimeZoneRule),
            // The emulated tenant defines no custom fields, so any value references a missing field.
            CustomFields = body.Array<UserCustomField>("customFields", target.CustomFields, e =>
                throw ApiErrors.Invalid(e.PathOf("customFieldId"), "custom field does not exist")),
            Relations = body.Array("relations", target.Relations, e => new UserRelation
            {
                RelationUserId = DirectoryReferences.Read(e, "relationUserId", null, this, required: true),
                RelationName = e.String("relationName", null, StringRule.Optional(100)),
                ExternalKey = e.String("externalKey", null, DirectoryRules.ExternalKey),
            }),
            EmployeeNumber = body.String("employeeNumber", target.EmployeeNumber, StringRule.Optional(100)),
        };

        if (user.TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(user.TimeZone, out _))
        {
            throw ApiErrors.Invalid(body.PathOf("timeZone"), "must be an IANA time zone id such as Asia/Seoul");
        }

        if (body.Mode != BindMode.Create)
        {
            // passwordConfig only applies when the member is created; later it is ignored.
            return user;
        }

        var creationType = PasswordPolicy.ReadCreationType(body, user.PrivateEmail);
        return user with
        {
            PasswordCreationType = creationType,
            IsPending = creationType == "MEMBER",
            ActivationDate = creationType == "MEMBER" ? null : FormatTime(Tenant.Now),
        };
    }

    protected override void Validate(UserRecord candidate, UserRecord? previous)
    {
        if (string.IsNullOrEmpty(candidate.UserName.LastName) && string.IsNullOrEmpty(candidate.UserName.FirstName))
        {
            throw ApiErrors.Missing("userName.lastName");
        }

        if (candidate.Organizations.Count > 0 && candidate.Organizations.Count(o => o.Primary) != 1)
        {
            throw ApiErrors.Invalid("organizations", "exactly one organization must be primary");
        }

        if (candidate.Organizations.Select(o => o.DomainId).Distinct().Count() != candidate.Organizations.Count)
        {
            throw ApiErrors.Invalid("organizations", "each domain may appear only once");
        }

        for (var i = 0; i < candidate.Organizations.Count; i++)
        {
            var units = candidate.Organizations[i].OrgUnits;
            if (units.Count > 0 && units.Count(u => u.Primary) != 1)
            {
                throw ApiErrors.Invalid($"organizations[{i}].orgUnits", "exactly one org unit must be primary");
            }

            if (units.Select(u => u.OrgUnitId).Distinct().Count() != units.Count)
            {
                throw ApiErrors.Invalid($"organizations[{i}].orgUnits", "an org unit may appear only once");
            }
        }

        if (candidate.Relations.Any(r => r.RelationUserId == candidate.UserId))
        {
            throw ApiErrors.Invalid("relations", "a user cannot be related to themselves");
        }
    }

    protected override void BeforeDelete(UserRecord item)
    {
        if (item.IsAdministrator)
        {
            throw ApiErrors.BadRequest("The super admin cannot be deleted.");
        }
    }

    protected override IEnumerable<string> OwnedEmails(UserRecord item) =>
        item.AliasEmails.Prepend(item.Email).Distinct(StringComparer.OrdinalIgnoreCase);

    protected override UserRecord? ResolveAlternate(string id, WorksPrincipal? caller)
    {
        if (id == "me")
        {
            if (caller is null)
            {
                return null;
            }

            if (caller.IsServiceAccount)
            {
                throw ApiErrors.Forbidden("Service accounts cannot use 'me' as a userId; pass a user id, email or externalKey:{key}.");
            }

            return Table.Find(caller.UserId!) ?? throw ApiErrors.NotFound(NotFoundCode, "The signed-in user no longer exists.");
        }

        return id.Contains('@') ? FindByEmail(id) : null;
    }

    protected override void OnCommitted(UserRecord? previous, UserRecord? current)
    {
        if (previous is not null)
        {
            foreach (var unitId in UnitIds(previous))
            {
                _members[unitId].Remove(SortKey.BySeq(previous.Seq));
            }
        }

        if (current is not null)
        {
            foreach (var unitId in UnitIds(current))
            {
                if (!_members.TryGetValue(unitId, out var index))
                {
                    _members[unitId] = index = new SortedIndex<UserRecord>();
                }

                index.Add(SortKey.BySeq(current.Seq), current);
            }
        }
        else if (previous is not null)
        {
            Tenant.Groups.RemoveMemberEverywhere(previous.UserId);
        }
    }

    private static IEnumerable<string> UnitIds(UserRecord user) =>
        user.Organizations.SelectMany(o => o.OrgUnits).Select(u => u.OrgUnitId).Distinct(StringComparer.Ordinal);

    private static string? NoTypesDefined(JsonBody body, string name, string? current, string noun)
    {
        var value = body.String(name, current, StringRule.Optional(100));
        return value is null ? null : throw ApiErrors.Invalid(body.PathOf(name), $"{noun} '{value}' does not exist");
    }

    private static UserName BindUserName(JsonBody body, UserName? current) => new()
    {
        LastName = body.String("lastName", current?.LastName, StringRule.Optional(80)),
        FirstName = body.String("firstName", current?.FirstName, StringRule.Optional(80)),
        PhoneticLastName = body.String("phoneticLastName", current?.PhoneticLastName, StringRule.Optional(100)),
        PhoneticFirstName = body.String("phoneticFirstName", current?.PhoneticFirstName, StringRule.Optional(100)),
    };

    private UserOrganization BindOrganization(JsonBody body) => new()
    {
        DomainId = DirectoryRules.DomainId(body, 0, Tenant.DomainId),
        Primary = RequiredBool(body, "primary"),
        UserExternalKey = body.String("userExternalKey", null, DirectoryRules.ExternalKey),
        Email = body.String("email", null, _optionalEmailRule),
        LevelId = DirectoryReferences.Read(body, "levelId", null, Tenant.Levels),
        Executive = body.Bool("executive", false, false),
        OrgUnits = body.Array("orgUnits", [], unit => new UserOrgUnit
        {
            OrgUnitId = DirectoryReferences.Read(unit, "orgUnitId", null, Tenant.OrgUnits, required: true)!,
            Primary = RequiredBool(unit, "primary"),
            PositionId = DirectoryReferences.Read(unit, "positionId", null, Tenant.Positions),
            IsManager = unit.Bool("isManager", false, false),
            Visible = unit.Bool("visible", true, true),
            UseTeamFeature = unit.Bool("useTeamFeature", true, true),
        }),
    };

    private static bool RequiredBool(JsonBody body, string name) =>
        body.Has(name) ? body.Bool(name, false, false) : throw ApiErrors.Missing(body.PathOf(name));
}
