using System.Collections.Generic;
using System.Linq;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// Builds the <c>organizations</c> array of a user body. A PATCH replaces the array as a whole, so a change of
    /// org unit, position, manager flag or level is applied to a copy of the user's current organizations and the
    /// whole result is sent: placements the row does not mention are kept.
    /// </summary>
    public static class OrganizationPlan
    {
        /// <summary>The organizations of a new user: one, primary, with at most one placement, which is primary.</summary>
        public static List<UserOrganization> ForNewUser(int domainId, PlacementChange change)
        {
            var organization = new UserOrganization { DomainId = domainId, Primary = true, LevelId = change.LevelId, OrgUnits = new List<UserOrgUnit>() };
            if (change.OrgUnitId is not null)
            {
                organization.OrgUnits.Add(new UserOrgUnit
                {
                    OrgUnitId = change.OrgUnitId,
                    Primary = true, // the only unit is the primary one, whatever -Primary says
                    PositionId = change.PositionId,
                    IsManager = change.IsManager ?? false,
                });
            }
            return new List<UserOrganization> { organization };
        }

        /// <summary>
        /// The user's organizations with <paramref name="change"/> applied. Moving the primary placement to another
        /// unit (a transfer) keeps the position unless one is given and clears the manager flag unless it is given:
        /// managing one team does not make anyone manager of the next.
        /// </summary>
        /// <exception cref="InvalidFieldException">A position or manager flag is given for a user placed nowhere.</exception>
        public static List<UserOrganization> Apply(User user, int domainId, PlacementChange change)
        {
            List<UserOrganization> organizations = WriteShape(user);
            // A user placed nowhere has no manager flag or position to clear: "not a manager, no position" (what a
            // piped user or a CSV round trip carries for them) changes nothing and must not fail the row.
            bool placed = organizations.Any(o => o.OrgUnits is { Count: > 0 });
            bool placesSomething = change.OrgUnitId is not null || change.SetsLevel || change.IsManager == true || (change.SetsPosition && change.PositionId is not null);
            if (!placed && !placesSomething) return organizations;
            UserOrganization? primary = organizations.FirstOrDefault(o => o.Primary) ?? organizations.FirstOrDefault();
            if (primary is null)
            {
                primary = new UserOrganization { DomainId = domainId, Primary = true };
                organizations.Add(primary);
            }
            primary.OrgUnits ??= new List<UserOrgUnit>();
            List<UserOrgUnit> units = primary.OrgUnits;
            if (change.SetsLevel) primary.LevelId = change.LevelId;

            UserOrgUnit? currentPrimary = units.FirstOrDefault(u => u.Primary) ?? units.FirstOrDefault();
            UserOrgUnit? target;
            if (change.OrgUnitId is null)
            {
                target = currentPrimary;
                if (target is null && (change.SetsPosition || change.IsManager == true))
                    throw new InvalidFieldException(change.SetsPosition ? "Position" : "IsManager", "the user is in no org unit; give OrgUnit or OrgUnitId too.");
            }
            else
            {
                target = units.FirstOrDefault(u => u.OrgUnitId == change.OrgUnitId);
                if (change.Primary && (target is null || !target.Primary))
                {
                    if (currentPrimary is not null && !ReferenceEquals(currentPrimary, target)) units.Remove(currentPrimary);
                    if (target is null)
                    {
                        target = new UserOrgUnit { OrgUnitId = change.OrgUnitId, PositionId = currentPrimary?.PositionId };
                        units.Insert(0, target);
                    }
                    target.Primary = true;
                }
                else if (target is null)
                {
                    target = new UserOrgUnit { OrgUnitId = change.OrgUnitId, Primary = units.Count == 0 };
                    units.Add(target);
                }
            }
            if (target is not null)
            {
                if (change.SetsPosition) target.PositionId = change.PositionId;
                if (change.IsManager is bool manager) target.IsManager = manager;
            }
            return organizations;
        }

        /// <summary>
        /// A copy of the user's organizations as a PATCH takes them: the names the service adds to responses are
        /// left out, unknown fields are kept, and the per-organization email and external key only when they
        /// differ from the user's own (the service fills them in from the user's otherwise).
        /// </summary>
        public static List<UserOrganization> WriteShape(User user) =>
            (user.Organizations ?? new List<UserOrganization>()).Select(o => new UserOrganization
            {
                DomainId = o.DomainId,
                Primary = o.Primary,
                Email = o.Email == user.Email ? null : o.Email,
                UserExternalKey = o.UserExternalKey == user.ExternalKey ? null : o.UserExternalKey,
                LevelId = o.LevelId,
                Executive = o.Executive,
                AdditionalFields = o.AdditionalFields,
                OrgUnits = o.OrgUnits?.Select(u => new UserOrgUnit
                {
                    OrgUnitId = u.OrgUnitId,
                    Primary = u.Primary,
                    PositionId = u.PositionId,
                    IsManager = u.IsManager,
                    Visible = u.Visible,
                    UseTeamFeature = u.UseTeamFeature,
                    AdditionalFields = u.AdditionalFields,
                }).ToList() ?? new List<UserOrgUnit>(),
            }).ToList();
    }
}
