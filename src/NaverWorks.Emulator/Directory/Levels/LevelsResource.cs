using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Paging;

namespace NaverWorks.Emulator.Directory.Levels;

/// <summary>Levels (<c>/directory/levels</c>): listed in display order; a level in use cannot be deleted.</summary>
internal sealed class LevelsResource(EmulatorTenant tenant) : DirectoryResource<LevelRecord>(tenant)
{
    public override string Route => "/directory/levels";

    public override string IdParameter => "levelId";

    public override string Envelope => "levels";

    public override string ScopeResource => "directory";

    public override string NotFoundCode => "LEVEL_NOT_EXIST";

    public override string Noun => "level";

    public override string ExternalKeyField => "levelExternalKey";

    protected override string IdPrefix => "level";

    public override IReadOnlyList<(string Name, Func<LevelRecord, SortKey> Key)> Orders { get; } =
        [("DISPLAY_ORDER", static l => new SortKey("", l.DisplayOrder, l.Seq))];

    protected override LevelRecord NewRecord(string id, long seq, DateTimeOffset now) =>
        new() { LevelId = id, Seq = seq, CreatedAt = now, DomainId = Tenant.DomainId };

    protected override LevelRecord Bind(JsonBody body, LevelRecord target) => target with
    {
        DomainId = DirectoryRules.DomainId(body, target.DomainId, Tenant.DomainId),
        DisplayOrder = body.Int("displayOrder", target.DisplayOrder, required: true, min: 1),
        LevelName = body.String("levelName", target.LevelName, StringRule.Mandatory(100))!,
        LevelExternalKey = body.String("levelExternalKey", target.LevelExternalKey, DirectoryRules.ExternalKey),
        Executive = body.Bool("executive", target.Executive, false),
        I18nNames = DirectoryRules.LocalizedNames(body, target.I18nNames),
    };

    protected override void BeforeDelete(LevelRecord item)
    {
        var users = Tenant.Users.CountReferencing(levelId: item.LevelId);
        if (users > 0)
        {
            throw ApiErrors.BadRequest($"The level '{item.LevelId}' is assigned to {users} user(s); reassign them first.");
        }
    }
}
