using System.Text.Json.Nodes;
using NaverWorks.Emulator.Directory;
using NaverWorks.Emulator.Directory.Groups;
using NaverWorks.Emulator.Directory.Levels;
using NaverWorks.Emulator.Directory.OrgUnits;
using NaverWorks.Emulator.Directory.Positions;
using NaverWorks.Emulator.Directory.Users;
using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Paging;

namespace NaverWorks.Emulator;

/// <summary>
/// The emulated tenant's directory: users, org units, groups, levels and positions, held in memory
/// and guarded by one lock. Tests use the helpers here to arrange and inspect state without HTTP;
/// the helpers that create resources go through the same validation as the API. Records returned
/// are immutable snapshots. The tenant always contains its super admin.
/// </summary>
public sealed class EmulatorTenant
{
    private readonly TimeProvider _time;
    private long _seq;

    internal EmulatorTenant(EmulatorOptions options, TimeProvider time)
    {
        _time = time;
        DomainId = options.DomainId;
        MailDomain = options.MailDomain;
        Users = new UsersResource(this);
        OrgUnits = new OrgUnitsResource(this);
        Groups = new GroupsResource(this);
        Levels = new LevelsResource(this);
        Positions = new PositionsResource(this);
        lock (Sync)
        {
            SuperAdmin = Users.CreateSuperAdmin();
        }
    }

    /// <summary>The tenant's domain id.</summary>
    public int DomainId { get; }

    /// <summary>Mail domain every member, team and group address must be in.</summary>
    public string MailDomain { get; }

    /// <summary>Organization (company) name shown in users' organizations.</summary>
    public string CompanyName { get; } = "에뮬레이터 주식회사";

    /// <summary>The super admin: cannot be deleted or suspended; the authorize endpoint signs in as this user by default.</summary>
    public UserRecord SuperAdmin { get; }

    /// <summary>Number of users, including the super admin.</summary>
    public int UserCount => Locked(() => Users.Table.Count);

    /// <summary>Number of org units.</summary>
    public int OrgUnitCount => Locked(() => OrgUnits.Table.Count);

    /// <summary>Number of groups.</summary>
    public int GroupCount => Locked(() => Groups.Table.Count);

    /// <summary>Number of levels.</summary>
    public int LevelCount => Locked(() => Levels.Table.Count);

    /// <summary>Number of positions.</summary>
    public int PositionCount => Locked(() => Positions.Table.Count);

    internal Lock Sync { get; } = new();

    internal DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Email → owning resource id, across users, org units and groups.</summary>
    internal Dictionary<string, string> EmailOwners { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal UsersResource Users { get; }

    internal OrgUnitsResource OrgUnits { get; }

    internal GroupsResource Groups { get; }

    internal LevelsResource Levels { get; }

    internal PositionsResource Positions { get; }

    /// <summary>Adds <paramref name="count"/> Korean-named active users spread over a seeded org structure (created on first use), and returns them.</summary>
    public IReadOnlyList<UserRecord> SeedUsers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (Sync)
        {
            return SeedData.AddUsers(this, count);
        }
    }

    /// <summary>Finds a user by id, email, <c>externalKey:{key}</c>; null when absent.</summary>
    public UserRecord? FindUser(string idEmailOrExternalKey) => Locked(() => Users.Find(idEmailOrExternalKey));

    /// <summary>Finds a user by login email (case-insensitive); null when absent.</summary>
    public UserRecord? FindUserByEmail(string email) => Locked(() => Users.FindByEmail(email));

    /// <summary>Finds an org unit by id or <c>externalKey:{key}</c>; null when absent.</summary>
    public OrgUnitRecord? FindOrgUnit(string idOrExternalKey) => Locked(() => OrgUnits.Find(idOrExternalKey));

    /// <summary>Finds the first org unit with this exact name; null when absent.</summary>
    public OrgUnitRecord? FindOrgUnitByName(string name) => Locked(() => OrgUnits.Table.All.FirstOrDefault(o => o.OrgUnitName == name));

    /// <summary>Finds a group by id or <c>externalKey:{key}</c>; null when absent.</summary>
    public GroupRecord? FindGroup(string idOrExternalKey) => Locked(() => Groups.Find(idOrExternalKey));

    /// <summary>Finds a level by id, <c>externalKey:{key}</c> or exact name; null when absent.</summary>
    public LevelRecord? FindLevel(string idExternalKeyOrName) =>
        Locked(() => Levels.Find(idExternalKeyOrName) ?? Levels.Table.All.FirstOrDefault(l => l.LevelName == idExternalKeyOrName));

    /// <summary>Finds a position by id, <c>externalKey:{key}</c> or exact name; null when absent.</summary>
    public PositionRecord? FindPosition(string idExternalKeyOrName) =>
        Locked(() => Positions.Find(idExternalKeyOrName) ?? Positions.Table.All.FirstOrDefault(p => p.PositionName == idExternalKeyOrName));

    /// <summary>Every user in creation order (a snapshot).</summary>
    public IReadOnlyList<UserRecord> GetUsers() => Locked(() => Users.Table.All.ToList());

    /// <summary>Every org unit in creation order (a snapshot).</summary>
    public IReadOnlyList<OrgUnitRecord> GetOrgUnits() => Locked(() => OrgUnits.Table.All.ToList());

    /// <summary>Every group in creation order (a snapshot).</summary>
    public IReadOnlyList<GroupRecord> GetGroups() => Locked(() => Groups.Table.All.ToList());

    /// <summary>Every level in display order (a snapshot).</summary>
    public IReadOnlyList<LevelRecord> GetLevels() => Locked(() => Levels.Table.All.ToList());

    /// <summary>Every position in display order (a snapshot).</summary>
    public IReadOnlyList<PositionRecord> GetPositions() => Locked(() => Positions.Table.All.ToList());

    /// <summary>Ids of the users whose organizations place them in the org unit.</summary>
    public IReadOnlyList<string> GetOrgUnitMemberIds(string orgUnitId) =>
        Locked(() => Users.MembersOf(orgUnitId).Items.Select(u => u.UserId).ToList());

    /// <summary>Creates an org unit as <c>POST /orgunits</c> would (same validation), bypassing HTTP and pacing.</summary>
    public OrgUnitRecord AddOrgUnit(string name, string? parentOrgUnitId = null, string? externalKey = null, int displayOrder = 1, string? email = null) =>
        OrgUnits.Create(Body(new JsonObject
        {
            ["domainId"] = DomainId,
            ["orgUnitName"] = name,
            ["parentOrgUnitId"] = parentOrgUnitId,
            ["orgUnitExternalKey"] = externalKey,
            ["displayOrder"] = displayOrder,
            ["email"] = email,
        })).Record;

    /// <summary>Creates a level as <c>POST /directory/levels</c> would.</summary>
    public LevelRecord AddLevel(string name, int displayOrder = 1, bool executive = false, string? externalKey = null) =>
        Levels.Create(Body(new JsonObject
        {
            ["domainId"] = DomainId,
            ["levelName"] = name,
            ["displayOrder"] = displayOrder,
            ["executive"] = executive,
            ["levelExternalKey"] = externalKey,
        })).Record;

    /// <summary>Creates a position as <c>POST /directory/positions</c> would.</summary>
    public PositionRecord AddPosition(string name, int displayOrder = 1, string? externalKey = null) =>
        Positions.Create(Body(new JsonObject
        {
            ["domainId"] = DomainId,
            ["positionName"] = name,
            ["displayOrder"] = displayOrder,
            ["positionExternalKey"] = externalKey,
        })).Record;

    /// <summary>Creates a group as <c>POST /groups</c> would.</summary>
    public GroupRecord AddGroup(string name, string? externalKey = null, IEnumerable<string>? memberUserIds = null) =>
        Groups.Create(Body(new JsonObject
        {
            ["domainId"] = DomainId,
            ["groupName"] = name,
            ["groupExternalKey"] = externalKey,
            ["members"] = new JsonArray([.. (memberUserIds ?? []).Select(id => (JsonNode)new JsonObject { ["id"] = id, ["type"] = "USER" })]),
        })).Record;

    /// <summary>Creates a user as <c>POST /users</c> would, from a JSON body (tests that need full control).</summary>
    public UserRecord AddUser(string jsonBody) =>
        Users.Create(JsonBody.Parse(System.Text.Encoding.UTF8.GetBytes(jsonBody), BindMode.Create)).Record;

    internal long NextSeq() => Interlocked.Increment(ref _seq);

    private static JsonBody Body(JsonObject json) =>
        JsonBody.Parse(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()), BindMode.Create);

    private TResult Locked<TResult>(Func<TResult> read)
    {
        lock (Sync)
        {
            return read();
        }
    }
}
