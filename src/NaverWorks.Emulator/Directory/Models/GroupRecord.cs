namespace NaverWorks.Emulator;

/// <summary>A group. The v1.0 group body is not in the docs the emulator was built from; the fields follow public client code ([CODE]).</summary>
public sealed record GroupRecord : DirectoryRecord
{
    /// <summary>Domain id.</summary>
    public int DomainId { get; init; }

    /// <summary>Resource id (<c>group…</c>).</summary>
    public string GroupId { get; init; } = "";

    /// <summary>Name (≤100).</summary>
    public string GroupName { get; init; } = "";

    /// <summary>External key (≤100, unique).</summary>
    public string? GroupExternalKey { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Group mailing address.</summary>
    public string? GroupEmail { get; init; }

    /// <summary>Group mail on (requires <see cref="GroupEmail"/>).</summary>
    public bool UseMail { get; init; }

    /// <summary>Group message room; required by note, calendar, task and folder.</summary>
    public bool UseMessage { get; init; }

    /// <summary>Group note.</summary>
    public bool UseNote { get; init; }

    /// <summary>Group calendar.</summary>
    public bool UseCalendar { get; init; }

    /// <summary>Group task.</summary>
    public bool UseTask { get; init; }

    /// <summary>Group folder.</summary>
    public bool UseFolder { get; init; }

    /// <summary>Service notifications.</summary>
    public bool UseServiceNotification { get; init; }

    /// <summary>Administrators.</summary>
    public IReadOnlyList<GroupAdministrator> Administrators { get; init; } = [];

    /// <summary>Members (users, org units, groups).</summary>
    public IReadOnlyList<GroupMember> Members { get; init; } = [];

    internal override string ResourceId => GroupId;

    internal override string? ResourceExternalKey => GroupExternalKey;
}
