using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Paging;

namespace NaverWorks.Emulator.Directory.Groups;

/// <summary>
/// Groups (<c>/groups</c>) and their members. The v1.0 body is taken from public client code
/// ([CODE]); the feature rules (note/calendar/task/folder need the message room, mail needs an
/// address) are [INFERRED] from the same client's checks.
/// </summary>
internal sealed class GroupsResource(EmulatorTenant tenant) : DirectoryResource<GroupRecord>(tenant)
{
    private static readonly StringRule MemberType = StringRule.OneOf("USER", "ORGUNIT", "GROUP") with { Required = true, Nullable = false };

    public override string Route => "/groups";

    public override string IdParameter => "groupId";

    public override string Envelope => "groups";

    public override string ScopeResource => "group";

    public override string NotFoundCode => "GROUP_NOT_EXIST";

    public override string Noun => "group";

    public override string ExternalKeyField => "groupExternalKey";

    protected override string IdPrefix => "group";

    protected override GroupRecord NewRecord(string id, long seq, DateTimeOffset now) =>
        new() { GroupId = id, Seq = seq, CreatedAt = now, DomainId = Tenant.DomainId };

    protected override GroupRecord Bind(JsonBody body, GroupRecord target) => target with
    {
        DomainId = DirectoryRules.DomainId(body, target.DomainId, Tenant.DomainId),
        GroupName = body.String("groupName", target.GroupName, StringRule.Mandatory(100))!,
        GroupExternalKey = body.String("groupExternalKey", target.GroupExternalKey, DirectoryRules.ExternalKey),
        Description = body.String("description", target.Description, StringRule.Optional(1000)),
        GroupEmail = body.String("groupEmail", target.GroupEmail, DirectoryRules.TenantEmail(Tenant.MailDomain, required: false)),
        UseMail = body.Bool("useMail", target.UseMail, false),
        UseMessage = body.Bool("useMessage", target.UseMessage, false),
        UseNote = body.Bool("useNote", target.UseNote, false),
        UseCalendar = body.Bool("useCalendar", target.UseCalendar, false),
        UseTask = body.Bool("useTask", target.UseTask, false),
        UseFolder = body.Bool("useFolder", target.UseFolder, false),
        UseServiceNotification = body.Bool("useServiceNotification", target.UseServiceNotification, false),
        Administrators = body.Array("administrators", target.Administrators, e => new GroupAdministrator
        {
            UserId = DirectoryReferences.Read(e, "userId", null, Tenant.Users, required: true)!,
        }),
        Members = body.Array("members", target.Members, BindMember),
    };

    /// <summary>One page of a group's members as <c>{id, type, externalKey}</c>, in the order they were added.</summary>
    public byte[] ListMembers(string groupId, PageRequest page, WorksPrincipal caller)
    {
        lock (Tenant.Sync)
        {
            var group = Resolve(groupId, caller);
            var index = new SortedIndex<GroupMember>();
            index.AddRange(group.Members.Select(m => new KeyValuePair<SortKey, GroupMember>(SortKey.BySeq(m.Seq), m)));
            return EmulatorJson.Serialize(page.Read(index, $"{Route}/{group.GroupId}/members", "members", descending: false, MemberView));
        }
    }

    public byte[] AddMember(string groupId, JsonBody body, WorksPrincipal caller)
    {
        lock (Tenant.Sync)
        {
            var member = BindMember(body);
            Mutate(groupId, caller, group => group.Members.Any(m => m.Id == member.Id)
                ? throw ApiErrors.Conflict($"id: '{member.Id}' is already a member of the group.")
                : group with { Members = [.. group.Members, member] });
            return EmulatorJson.Serialize(MemberView(member));
        }
    }

    public void RemoveMember(string groupId, string memberId, WorksPrincipal caller)
    {
        lock (Tenant.Sync)
        {
            var canonical = Tenant.Users.Find(memberId, caller)?.UserId ?? Tenant.OrgUnits.Find(memberId)?.OrgUnitId ?? Find(memberId)?.GroupId ?? memberId;
            Mutate(groupId, caller, group => group.Members.Any(m => m.Id == canonical)
                ? group with { Members = [.. group.Members.Where(m => m.Id != canonical)] }
                : throw ApiErrors.NotFound("MEMBER_NOT_EXIST", $"'{memberId}' is not a member of the group."));
        }
    }

    /// <summary>Drops a deleted user, org unit or group from every group's members and administrators; caller holds the lock.</summary>
    public void RemoveMemberEverywhere(string id)
    {
        foreach (var group in Table.All.Where(g => g.Members.Any(m => m.Id == id) || g.Administrators.Any(a => a.UserId == id)).ToList())
        {
            Commit(group, group with
            {
                Members = [.. group.Members.Where(m => m.Id != id)],
                Administrators = [.. group.Administrators.Where(a => a.UserId != id)],
            });
        }
    }

    protected override void Validate(GroupRecord candidate, GroupRecord? previous)
    {
        if (!candidate.UseMessage && (candidate.UseNote || candidate.UseCalendar || candidate.UseTask || candidate.UseFolder))
        {
            throw ApiErrors.Invalid("useMessage", "must be true when useNote, useCalendar, useTask or useFolder is true");
        }

        if (candidate.UseMail && candidate.GroupEmail is null)
        {
            throw ApiErrors.Missing("groupEmail");
        }

        var duplicate = candidate.Members.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw ApiErrors.Invalid("members", $"'{duplicate.Key}' is listed more than once");
        }

        if (ContainsGroup(candidate, candidate.GroupId, []))
        {
            throw ApiErrors.Invalid("members", "a group cannot contain itself, directly or through other groups");
        }
    }

    protected override IEnumerable<string> OwnedEmails(GroupRecord item) => item.GroupEmail is null ? [] : [item.GroupEmail];

    protected override void OnCommitted(GroupRecord? previous, GroupRecord? current)
    {
        if (current is null && previous is not null)
        {
            RemoveMemberEverywhere(previous.GroupId);
        }
    }

    private GroupMember BindMember(JsonBody e)
    {
        var type = e.String("type", null, MemberType)!;
        var id = type switch
        {
            "USER" => DirectoryReferences.Read(e, "id", null, Tenant.Users, required: true),
            "ORGUNIT" => DirectoryReferences.Read(e, "id", null, Tenant.OrgUnits, required: true),
            _ => DirectoryReferences.Read(e, "id", null, this, required: true),
        };
        return new GroupMember { Id = id!, Type = type, Seq = Tenant.NextSeq() };
    }

    private object MemberView(GroupMember member) => new Dictionary<string, object?>
    {
        ["id"] = member.Id,
        ["type"] = member.Type,
        ["externalKey"] = member.Type switch
        {
            "USER" => Tenant.Users.Table.Find(member.Id)?.UserExternalKey,
            "ORGUNIT" => Tenant.OrgUnits.Table.Find(member.Id)?.OrgUnitExternalKey,
            _ => Table.Find(member.Id)?.GroupExternalKey,
        },
    };

    private bool ContainsGroup(GroupRecord group, string searched, HashSet<string> visited)
    {
        foreach (var member in group.Members.Where(m => m.Type == "GROUP"))
        {
            if (member.Id == searched)
            {
                return true;
            }

            if (visited.Add(member.Id) && Table.Find(member.Id) is { } nested && ContainsGroup(nested, searched, visited))
            {
                return true;
            }
        }

        return false;
    }
}
