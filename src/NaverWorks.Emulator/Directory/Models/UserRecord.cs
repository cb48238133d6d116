using System.Text.Json.Serialization;

namespace NaverWorks.Emulator;

/// <summary>
/// A member, with exactly the properties (and order) of the API's User object. Empty properties
/// are returned as null or [] rather than omitted, as the real service does.
/// </summary>
public sealed record UserRecord : DirectoryRecord
{
    /// <summary>Domain id.</summary>
    public int DomainId { get; init; }

    /// <summary>Resource id (<c>user…</c>).</summary>
    public string UserId { get; init; } = "";

    /// <summary>External key (≤100, unique).</summary>
    public string? UserExternalKey { get; init; }

    /// <summary>True only for the tenant's super admin.</summary>
    public bool IsAdministrator { get; init; }

    /// <summary>True until the member completes sign-up (members created with passwordCreationType MEMBER).</summary>
    public bool IsPending { get; init; }

    /// <summary>True while suspended.</summary>
    public bool IsSuspended { get; init; }

    /// <summary>Always false: deleted members are not returned.</summary>
    public bool IsDeleted { get; init; }

    /// <summary>Awaiting activation.</summary>
    public bool IsAwaiting { get; init; }

    /// <summary>Leave-of-absence state.</summary>
    public LeaveOfAbsence LeaveOfAbsence { get; init; } = new();

    /// <summary>Why the member is suspended (ADMIN when suspended through the API).</summary>
    public string? SuspendedReason { get; init; }

    /// <summary>Login email (unique).</summary>
    public string Email { get; init; } = "";

    /// <summary>Name.</summary>
    public UserName UserName { get; init; } = new();

    /// <summary>Names in other languages.</summary>
    public IReadOnlyList<UserI18nName> I18nNames { get; init; } = [];

    /// <summary>Nickname.</summary>
    public string? NickName { get; init; }

    /// <summary>Private (personal) email.</summary>
    public string? PrivateEmail { get; init; }

    /// <summary>Alias emails (≤10).</summary>
    public IReadOnlyList<string> AliasEmails { get; init; } = [];

    /// <summary>Employment type id (the emulator defines none, so always null).</summary>
    public string? EmploymentTypeId { get; init; }

    /// <summary>Employment type external key.</summary>
    public string? EmploymentTypeExternalKey { get; init; }

    /// <summary>Employment type name.</summary>
    public string? EmploymentTypeName { get; init; }

    /// <summary>User type id (the emulator defines none, so always null).</summary>
    public string? UserTypeId { get; init; }

    /// <summary>User type external key.</summary>
    public string? UserTypeExternalKey { get; init; }

    /// <summary>User type name.</summary>
    public string? UserTypeName { get; init; }

    /// <summary>User type code.</summary>
    public string? UserTypeCode { get; init; }

    /// <summary>Searchable in the directory (default true).</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>Organizations and org units.</summary>
    public IReadOnlyList<UserOrganization> Organizations { get; init; } = [];

    /// <summary>Telephone.</summary>
    public string? Telephone { get; init; }

    /// <summary>Mobile phone.</summary>
    public string? CellPhone { get; init; }

    /// <summary>Work location.</summary>
    public string? Location { get; init; }

    /// <summary>Job description.</summary>
    public string? Task { get; init; }

    /// <summary>Messenger account.</summary>
    public UserMessenger? Messenger { get; init; }

    /// <summary>SOLAR or LUNAR.</summary>
    public string? BirthdayCalendarType { get; init; }

    /// <summary>Birthday, YYYY-MM-DD.</summary>
    public string? Birthday { get; init; }

    /// <summary>Locale (ko_KR, ja_JP, zh_CN, zh_TW, en_US).</summary>
    public string? Locale { get; init; }

    /// <summary>Hire date, YYYY-MM-DD.</summary>
    public string? HiredDate { get; init; }

    /// <summary>IANA time zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Custom field values.</summary>
    public IReadOnlyList<UserCustomField> CustomFields { get; init; } = [];

    /// <summary>Relations to other members.</summary>
    public IReadOnlyList<UserRelation> Relations { get; init; } = [];

    /// <summary>Employee number.</summary>
    public string? EmployeeNumber { get; init; }

    /// <summary>When the member became active (ISO-8601 with offset), null while pending.</summary>
    public string? ActivationDate { get; init; }

    /// <summary>How the password was set (ADMIN or MEMBER); write-only in the API.</summary>
    [JsonIgnore]
    public string PasswordCreationType { get; init; } = "MEMBER";

    internal override string ResourceId => UserId;

    internal override string? ResourceExternalKey => UserExternalKey;
}
