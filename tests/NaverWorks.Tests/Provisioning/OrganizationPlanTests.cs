using System.Collections.Generic;
using System.Linq;
using NaverWorks.Provisioning;

namespace NaverWorks.Tests.Provisioning;

public class OrganizationPlanTests
{
    private static User Placed() => new()
    {
        UserId = "u1",
        Email = "a@example.com",
        Organizations = new List<UserOrganization>
        {
            new()
            {
                DomainId = 1, Primary = true, LevelId = "level-1", LevelName = "Senior", Email = "a@example.com",
                OrgUnits = new List<UserOrgUnit>
                {
                    new() { OrgUnitId = "ou-sales", OrgUnitName = "Sales", Primary = true, PositionId = "pos-lead", PositionName = "Lead", IsManager = true },
                    new() { OrgUnitId = "ou-tf", OrgUnitName = "Task force", Primary = false },
                },
            },
        },
    };

    [Fact]
    public void A_transfer_moves_the_primary_placement_keeps_the_position_and_clears_the_manager_flag()
    {
        var result = OrganizationPlan.Apply(Placed(), 1, new PlacementChange { OrgUnitId = "ou-hr" });
        var units = result.Single().OrgUnits!;
        Assert.Equal(new[] { "ou-hr", "ou-tf" }, units.Select(u => u.OrgUnitId));
        var primary = units.Single(u => u.Primary);
        Assert.Equal("ou-hr", primary.OrgUnitId);
        Assert.Equal("pos-lead", primary.PositionId);
        Assert.False(primary.IsManager);
    }

    [Fact]
    public void A_secondary_placement_is_added_beside_the_primary_one()
    {
        var result = OrganizationPlan.Apply(Placed(), 1, new PlacementChange { OrgUnitId = "ou-hr", Primary = false, IsManager = true });
        var units = result.Single().OrgUnits!;
        Assert.Equal(3, units.Count);
        Assert.Equal("ou-sales", units.Single(u => u.Primary).OrgUnitId);
        Assert.True(units.Single(u => u.OrgUnitId == "ou-hr").IsManager);
    }

    [Fact]
    public void Promoting_a_secondary_unit_drops_the_old_primary_placement()
    {
        var result = OrganizationPlan.Apply(Placed(), 1, new PlacementChange { OrgUnitId = "ou-tf" });
        var units = result.Single().OrgUnits!;
        Assert.Equal("ou-tf", units.Single().OrgUnitId);
        Assert.True(units.Single().Primary);
    }

    [Fact]
    public void Position_and_level_change_the_primary_placement()
    {
        var result = OrganizationPlan.Apply(Placed(), 1, new PlacementChange { SetsPosition = true, PositionId = null, SetsLevel = true, LevelId = "level-2" });
        Assert.Equal("level-2", result.Single().LevelId);
        Assert.Null(result.Single().OrgUnits!.Single(u => u.Primary).PositionId);
    }

    [Fact]
    public void A_position_for_a_user_placed_nowhere_is_refused()
    {
        var ex = Assert.Throws<InvalidFieldException>(() => OrganizationPlan.Apply(new User { UserId = "u2" }, 1, new PlacementChange { SetsPosition = true, PositionId = "p" }));
        Assert.Equal("Position", ex.Field);
    }

    [Fact]
    public void The_write_shape_leaves_out_the_names_responses_add()
    {
        var shape = OrganizationPlan.WriteShape(Placed()).Single();
        Assert.Null(shape.LevelName);
        Assert.Null(shape.Email); // the user's own, filled in by the service
        Assert.All(shape.OrgUnits!, u => Assert.Null(u.OrgUnitName));
        Assert.All(shape.OrgUnits!, u => Assert.Null(u.PositionName));
    }

    [Fact]
    public void A_new_users_only_org_unit_is_primary()
    {
        var result = OrganizationPlan.ForNewUser(1, new PlacementChange { OrgUnitId = "ou-1", Primary = false, PositionId = "p" });
        var unit = result.Single().OrgUnits!.Single();
        Assert.True(unit.Primary);
        Assert.True(result.Single().Primary);
    }
}
