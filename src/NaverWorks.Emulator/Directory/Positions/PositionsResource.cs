using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Paging;

namespace NaverWorks.Emulator.Directory.Positions;

/// <summary>Positions (<c>/directory/positions</c>): listed in display order; a position in use cannot be deleted.</summary>
internal sealed class PositionsResource(EmulatorTenant tenant) : DirectoryResource<PositionRecord>(tenant)
{
    public override string Route => "/directory/positions";

    public override string IdParameter => "positionId";

    public override string Envelope => "positions";

    public override string ScopeResource => "directory";

    public override string NotFoundCode => "POSITION_NOT_EXIST";

    public override string Noun => "position";

    public override string ExternalKeyField => "positionExternalKey";

    protected override string IdPrefix => "position";

    public override IReadOnlyList<(string Name, Func<PositionRecord, SortKey> Key)> Orders { get; } =
        [("DISPLAY_ORDER", static p => new SortKey("", p.DisplayOrder, p.Seq))];

    protected override PositionRecord NewRecord(string id, long seq, DateTimeOffset now) =>
        new() { PositionId = id, Seq = seq, CreatedAt = now, DomainId = Tenant.DomainId };

    protected override PositionRecord Bind(JsonBody body, PositionRecord target) => target with
    {
        DomainId = DirectoryRules.DomainId(body, target.DomainId, Tenant.DomainId),
        DisplayOrder = body.Int("displayOrder", target.DisplayOrder, required: true, min: 1),
        PositionName = body.String("positionName", target.PositionName, StringRule.Mandatory(100))!,
        PositionExternalKey = body.String("positionExternalKey", target.PositionExternalKey, DirectoryRules.ExternalKey),
        I18nNames = DirectoryRules.LocalizedNames(body, target.I18nNames),
    };

    protected override void BeforeDelete(PositionRecord item)
    {
        var users = Tenant.Users.CountReferencing(positionId: item.PositionId);
        if (users > 0)
        {
            throw ApiErrors.BadRequest($"The position '{item.PositionId}' is assigned to {users} user(s); reassign them first.");
        }
    }
}
