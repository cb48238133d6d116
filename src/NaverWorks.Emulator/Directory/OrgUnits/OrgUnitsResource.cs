using System.Text.RegularExpressions;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Directory.OrgUnits;

/// <summary>
/// Org units (<c>/orgunits</c>). Faithful to the doc's sharp edges: PUT resets omitted feature flags
/// to false and requires <c>email</c>; the parent changes only through move; a unit under a hidden
/// parent must be hidden; a unit with members or children cannot be deleted.
/// </summary>
internal sealed partial class OrgUnitsResource(EmulatorTenant tenant) : DirectoryResource<OrgUnitRecord>(tenant)
{
    private static readonly StringRule NameRule = StringRule.Mandatory(100) with
    {
        Pattern = NamePattern(),
        PatternMessage = "may contain letters, digits, spaces and only these symbols: ! @ & ( ) - _ + [ ] { } , . /",
    };

    public override string Route => "/orgunits";

    public override string IdParameter => "orgUnitId";

    public override string Envelope => "orgUnits";

    public override string ScopeResource => "orgunit";

    public override string NotFoundCode => "ORGUNIT_NOT_EXIST";

    public override string Noun => "org unit";

    public override string ExternalKeyField => "orgUnitExternalKey";

    public override bool PacedWrites => true;

    protected override string IdPrefix => "orgunit";

    private StringRule EmailRule(bool required) => DirectoryRules.TenantEmail(Tenant.MailDomain, required, minLocalLength: 2, maxLocalLength: 64);

    protected override OrgUnitRecord NewRecord(string id, long seq, DateTimeOffset now) =>
        new() { OrgUnitId = id, Seq = seq, CreatedAt = now, DomainId = Tenant.DomainId };

    protected override OrgUnitRecord Bind(JsonBody body, OrgUnitRecord target) => target with
    {
        DomainId = DirectoryRules.DomainId(body, target.DomainId, Tenant.DomainId),
        OrgUnitExternalKey = body.String("orgUnitExternalKey", target.OrgUnitExternalKey, DirectoryRules.ExternalKey),
        OrgUnitName = body.String("orgUnitName", target.OrgUnitName, NameRule)!,
        I18nNames = DirectoryRules.LocalizedNames(body, target.I18nNames),
        // The doc makes the team address required when updating (PUT).
        Email = body.String("email", target.Email, EmailRule(required: body.Mode == BindMode.Replace)),
        Description = body.String("description", target.Description, StringRule.Optional(160)),
        Visible = body.Bool("visible", target.Visible, true),
        ParentOrgUnitId = body.Mode == BindMode.Create
            ? DirectoryReferences.Read(body, "parentOrgUnitId", null, this)
            : UnchangedParent(body, target),
        DisplayOrder = body.Int("displayOrder", target.DisplayOrder, required: true, min: 1),
        AliasEmails = body.StringArray("aliasEmails", target.AliasEmails, EmailRule(required: true), maxItems: 20),
        CanReceiveExternalMail = body.Bool("canReceiveExternalMail", target.CanReceiveExternalMail, false),
        UseMessage = body.Bool("useMessage", target.UseMessage, false),
        UseNote = body.Bool("useNote", target.UseNote, false),
        UseCalendar = body.Bool("useCalendar", target.UseCalendar, false),
        UseTask = body.Bool("useTask", target.UseTask, false),
        UseFolder = body.Bool("useFolder", target.UseFolder, false),
        UseServiceNotification = body.Bool("useServiceNotification", target.UseServiceNotification, false),
    };

    /// <summary>Moves the unit under another parent (null: top level), optionally with a new display order.</summary>
    public void Move(string id, JsonBody body, Auth.WorksPrincipal caller) =>
        Mutate(id, caller, unit =>
        {
            if (!body.Has("parentOrgUnitId"))
            {
                throw ApiErrors.Missing("parentOrgUnitId");
            }

            var parent = DirectoryReferences.Read(body, "parentOrgUnitId", unit.ParentOrgUnitId, this);

            for (var ancestor = parent; ancestor is not null; ancestor = Table.Find(ancestor)?.ParentOrgUnitId)
            {
                if (ancestor == unit.OrgUnitId)
                {
                    throw ApiErrors.Invalid("parentOrgUnitId", "cannot move an org unit under itself or one of its descendants");
                }
            }

            return unit with
            {
                ParentOrgUnitId = parent,
                DisplayOrder = body.Int("displayOrder", unit.DisplayOrder, required: false, defaultValue: unit.DisplayOrder, min: 1),
            };
        });

    protected override void Validate(OrgUnitRecord candidate, OrgUnitRecord? previous)
    {
        if (candidate.ParentOrgUnitId is { } parentId && Table.Find(parentId) is { Visible: false } && candidate.Visible)
        {
            throw ApiErrors.Invalid("visible", "must be false for an org unit under a hidden parent");
        }
    }

    protected override IEnumerable<string> OwnedEmails(OrgUnitRecord item) =>
        (item.Email is null ? item.AliasEmails : item.AliasEmails.Prepend(item.Email)).Distinct(StringComparer.OrdinalIgnoreCase);

    protected override void BeforeDelete(OrgUnitRecord item)
    {
        if (Table.All.Any(o => o.ParentOrgUnitId == item.OrgUnitId))
        {
            throw ApiErrors.BadRequest($"The org unit '{item.OrgUnitId}' has child org units; move or delete them first.");
        }

        var members = Tenant.Users.MembersOf(item.OrgUnitId).Count;
        if (members > 0)
        {
            throw ApiErrors.BadRequest($"The org unit '{item.OrgUnitId}' has {members} member(s); move them first.");
        }
    }

    protected override void OnCommitted(OrgUnitRecord? previous, OrgUnitRecord? current)
    {
        if (current is null && previous is not null)
        {
            Tenant.Groups.RemoveMemberEverywhere(previous.OrgUnitId);
        }
    }

    /// <summary>PUT and PATCH cannot move a unit (the doc sends moves to their own operation); an unchanged parent is tolerated so a PUT built from a GET works.</summary>
    private string? UnchangedParent(JsonBody body, OrgUnitRecord target)
    {
        if (!body.Has("parentOrgUnitId"))
        {
            return target.ParentOrgUnitId;
        }

        var requested = DirectoryReferences.Read(body, "parentOrgUnitId", target.ParentOrgUnitId, this);
        return requested == target.ParentOrgUnitId
            ? requested
            : throw ApiErrors.Invalid("parentOrgUnitId", "cannot be changed by PUT or PATCH; use POST /orgunits/{orgUnitId}/move");
    }

    [GeneratedRegex(@"^[\p{L}\p{M}\p{N} !@&()\-_+\[\]{},./]+$")]
    private static partial Regex NamePattern();
}
