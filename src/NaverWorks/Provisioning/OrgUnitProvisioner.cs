using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Bulk;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// Creates and changes org units: the documented field rules, parents named by name or id, exactly-once creates
    /// (after an unknown outcome the unit is looked up by external key, or by name under its parent) that can pass over
    /// units that already exist, and changes that PATCH only what differs and move the unit when its parent changes.
    /// Created units (and, under -WhatIf, the units rows would create) are remembered by the run's lookup, so a CSV
    /// listing parents before children can name them.
    /// </summary>
    public sealed class OrgUnitProvisioner
    {
        private static readonly Regex NamePattern = new Regex(@"^[\p{L}\p{M}\p{N} !@&()\-_+\[\]{},./]+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private static readonly Regex TeamEmail = new Regex(@"^[a-z0-9][^@\s]{1,63}@[^@\s]+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private readonly OrgUnitsApi _orgUnits;
        private readonly DirectoryLookup _lookup;

        /// <summary>Creates a provisioner for one run.</summary>
        public OrgUnitProvisioner(OrgUnitsApi orgUnits, DirectoryLookup lookup)
        {
            _orgUnits = orgUnits;
            _lookup = lookup;
        }

        /// <summary>Checks the documented rules (name ≤100 with the allowed symbols, team email, description ≤160…).</summary>
        public static void Validate(OrgUnitFields f, bool isNew)
        {
            if (isNew && f.Name is null) throw new InvalidFieldException("Name", "is required.");
            if (f.Name is not null)
            {
                if (f.Name.Length > 100) throw new InvalidFieldException("Name", $"is {f.Name.Length} characters long; at most 100 are allowed.");
                if (!NamePattern.IsMatch(f.Name)) throw new InvalidFieldException("Name", $"'{f.Name}' may contain letters, digits, spaces and only these symbols: ! @ & ( ) - _ + [ ] {{ }} , . /");
            }
            if (f.Email is not null && (f.Email.Length > 90 || !TeamEmail.IsMatch(f.Email)))
                throw new InvalidFieldException("Email", $"'{f.Email}' is not a valid team address (local part of 2-64 characters starting with a lowercase letter or digit, at most 90 in all).");
            if (f.Description is not null && f.Description.Length > 160) throw new InvalidFieldException("Description", $"is {f.Description.Length} characters long; at most 160 are allowed.");
            if (f.ExternalKey is not null && (f.ExternalKey.Length > 100 || f.ExternalKey.IndexOfAny(new[] { '%', '\\', '#', '/', '?' }) >= 0))
                throw new InvalidFieldException("ExternalKey", $"'{f.ExternalKey}' must be at most 100 characters without % \\ # / ?.");
            if (f.DisplayOrder is int order && order < 1) throw new InvalidFieldException("DisplayOrder", "must be 1 or more.");
        }

        /// <summary>Validates, resolves the parent and returns the body a create would send.</summary>
        public async Task<OrgUnitBody> PlanNewAsync(OrgUnitFields f, RequestContext context)
        {
            Validate(f, isNew: true);
            return new OrgUnitBody
            {
                DomainId = f.DomainId ?? await _lookup.DomainIdAsync(context).ConfigureAwait(false),
                Name = f.Name,
                ParentId = await ParentAsync(f, null, context).ConfigureAwait(false),
                // The API requires an order; 1 puts the unit first among its siblings [INFERRED default].
                DisplayOrder = f.DisplayOrder ?? 1,
                Email = f.Email,
                Description = f.Description,
                ExternalKey = f.ExternalKey,
                Visible = f.Visible,
            };
        }

        /// <summary>
        /// Creates the unit exactly once and remembers it for later rows. With <paramref name="skipExisting"/>, a unit
        /// that already exists (the same external key when one is given, else the same name under the same parent) is
        /// passed over: the service would create a second unit of the same name.
        /// </summary>
        public async Task<CreateOutcome<OrgUnit>> CreateAsync(OrgUnitFields f, bool skipExisting, RequestContext context)
        {
            OrgUnitBody body = await PlanNewAsync(f, context).ConfigureAwait(false);
            CreateOutcome<OrgUnit> outcome = await ExactlyOnce.CreateOrSkipAsync(
                () => _orgUnits.CreateAsync(body, context),
                () => FindCreatedAsync(body, context),
                found => found.Name == body.Name && found.ParentId == body.ParentId,
                unit => unit.OrgUnitId,
                skipExisting, () => ExistingIdAsync(body, context), context).ConfigureAwait(false);
            if (outcome.Value is OrgUnit created) _lookup.Remember(ReferenceKind.OrgUnit, created.OrgUnitId!, created.Name, created.ExternalKey, created.ParentId, created.DomainId);
            return outcome;
        }

        /// <summary>
        /// Under -WhatIf: checks and resolves the row as <see cref="CreateAsync"/> would, and returns the id of the unit
        /// <paramref name="skipExisting"/> would pass over. Otherwise the unit the row would create is remembered under
        /// <paramref name="plannedId"/> (never sent), so later rows of the rehearsal can name it as their parent.
        /// An external key that is already taken is the row's error (<see cref="InvalidFieldException"/>).
        /// </summary>
        public async Task<string?> RehearseCreateAsync(OrgUnitFields f, bool skipExisting, string plannedId, RequestContext context)
        {
            OrgUnitBody body = await PlanNewAsync(f, context).ConfigureAwait(false);
            return await _lookup.RehearseCreateAsync(ReferenceKind.OrgUnit, Draft(body, plannedId), skipExisting, context).ConfigureAwait(false);
        }

        /// <summary>Reads the unit and works out the PATCH and move that bring it to the given fields (nothing is sent).</summary>
        public async Task<OrgUnitChange> PlanChangeAsync(string id, OrgUnitFields f, RequestContext context)
        {
            Validate(f, isNew: false);
            OrgUnit current = await _orgUnits.GetAsync(id, context).ConfigureAwait(false);
            var patch = new OrgUnitBody();
            var changed = new List<string>();
            if (f.Name is not null && f.Name != current.Name) { patch.Name = f.Name; changed.Add("Name"); }
            if (f.Email is not null && f.Email != current.Email) { patch.Email = f.Email; changed.Add("Email"); }
            if (f.Description is not null && f.Description != current.Description) { patch.Description = f.Description; changed.Add("Description"); }
            if (f.ExternalKey is not null && f.ExternalKey != current.ExternalKey) { patch.ExternalKey = f.ExternalKey; changed.Add("ExternalKey"); }
            if (f.Visible is bool visible && visible != current.Visible) { patch.Visible = visible; changed.Add("Visible"); }
            string? parent = f.ToTopLevel ? null : await ParentAsync(f, current, context).ConfigureAwait(false) ?? current.ParentId;
            bool moves = parent != current.ParentId;
            if (f.DisplayOrder is int order && order != current.DisplayOrder)
            {
                // A move carries the order; otherwise it is an ordinary field.
                if (!moves) patch.DisplayOrder = order;
                changed.Add("DisplayOrder");
            }
            if (moves) changed.Add("Parent");
            bool patches = changed.Any(c => c != "Parent" && !(moves && c == "DisplayOrder"));
            return new OrgUnitChange(current, patches ? patch : null, moves, parent, moves ? f.DisplayOrder : null, changed);
        }

        /// <summary>Sends a planned change (PATCH first, then the move) and returns the unit as it is afterwards.</summary>
        public async Task<OrgUnit> ApplyAsync(OrgUnitChange change, RequestContext context)
        {
            OrgUnit result = change.Current;
            string id = change.Current.OrgUnitId!;
            if (change.Patch is not null) result = await _orgUnits.PatchAsync(id, change.Patch, context).ConfigureAwait(false);
            if (change.Moves)
            {
                await _orgUnits.MoveAsync(id, change.NewParentId, change.MoveDisplayOrder, context).ConfigureAwait(false);
                result = await _orgUnits.GetAsync(id, context).ConfigureAwait(false);
            }
            _lookup.Remember(ReferenceKind.OrgUnit, id, result.Name, result.ExternalKey, result.ParentId, result.DomainId);
            return result;
        }

        private async Task<string?> ParentAsync(OrgUnitFields f, OrgUnit? current, RequestContext context)
        {
            if (f.Parent is null)
            {
                // An externalKey:KEY parent id becomes the unit's id, so the body, the lost-answer check (which compares
                // the service's parentOrgUnitId) and the "does it move" test all compare ids with ids.
                return ExternalKeyReference.IsReference(f.ParentId) ? await _lookup.ResolveAsync(ReferenceKind.OrgUnit, f.ParentId!, "ParentId", context).ConfigureAwait(false) : f.ParentId;
            }
            if (current is not null && f.Parent == current.ParentId) return current.ParentId;
            string resolved = await _lookup.ResolveAsync(ReferenceKind.OrgUnit, f.Parent, "Parent", context).ConfigureAwait(false);
            if (f.ParentId is not null && f.ParentId != resolved && f.ParentId != current?.ParentId)
                throw new InvalidFieldException("Parent", $"'{f.Parent}' is {resolved} but ParentId says {f.ParentId}; give one of the two.");
            return resolved;
        }

        private async Task<string?> ExistingIdAsync(OrgUnitBody body, RequestContext context) =>
            (await _lookup.FindDuplicateAsync(ReferenceKind.OrgUnit, Draft(body, ""), context).ConfigureAwait(false))?.Id;

        private static DirectoryLookup.Entry Draft(OrgUnitBody body, string id) =>
            new DirectoryLookup.Entry(id, body.Name, body.ExternalKey, body.ParentId, body.DomainId);

        // After an unknown outcome: by external key when there is one, else by name under the same parent.
        private async Task<OrgUnit?> FindCreatedAsync(OrgUnitBody body, RequestContext context)
        {
            if (body.ExternalKey is not null) return await _orgUnits.FindAsync(ExternalKeyReference.For(body.ExternalKey), context).ConfigureAwait(false);
            await foreach (OrgUnit unit in _orgUnits.ListAsync(new ListQuery { DomainId = body.DomainId }, new PagerOptions(), context).ConfigureAwait(false))
            {
                if (unit.Name == body.Name && unit.ParentId == body.ParentId) return unit;
            }
            return null;
        }
    }

    /// <summary>A planned change to an org unit.</summary>
    public sealed class OrgUnitChange
    {
        internal OrgUnitChange(OrgUnit current, OrgUnitBody? patch, bool moves, string? newParentId, int? moveDisplayOrder, IReadOnlyList<string> changed)
        {
            Current = current;
            Patch = patch;
            Moves = moves;
            NewParentId = newParentId;
            MoveDisplayOrder = moveDisplayOrder;
            Changed = changed;
        }

        /// <summary>The unit as it was read.</summary>
        public OrgUnit Current { get; }

        /// <summary>The PATCH body, or null.</summary>
        public OrgUnitBody? Patch { get; }

        /// <summary>True when the unit moves to another parent.</summary>
        public bool Moves { get; }

        /// <summary>The new parent (null: top level).</summary>
        public string? NewParentId { get; }

        /// <summary>The display order sent with the move.</summary>
        public int? MoveDisplayOrder { get; }

        /// <summary>The parameters whose value changes.</summary>
        public IReadOnlyList<string> Changed { get; }

        /// <summary>True when anything changes.</summary>
        public bool IsEmpty => Patch is null && !Moves;
    }
}
