using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Bulk;
using NaverWorks.Http;
using NaverWorks.Json;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// Creates and changes users from <see cref="UserFields"/>: validates, resolves names through the run's
    /// <see cref="DirectoryLookup"/>, and talks to <see cref="UsersApi"/>. A create is exactly-once (looked up by
    /// email after an unknown outcome); a change reads the user and PATCHes only the fields whose value differs.
    /// </summary>
    public sealed class UserProvisioner
    {
        private readonly UsersApi _users;
        private readonly DirectoryLookup _lookup;

        /// <summary>Creates a provisioner for one run.</summary>
        public UserProvisioner(UsersApi users, DirectoryLookup lookup)
        {
            _users = users;
            _lookup = lookup;
        }

        /// <summary>Validates the fields and resolves every name: the body a create would send (nothing is sent).</summary>
        /// <exception cref="InvalidFieldException">A field breaks a documented rule, or names nothing or several things.</exception>
        public async Task<UserBody> PlanNewAsync(UserFields f, RequestContext context)
        {
            UserFieldRules.ValidateNew(f);
            var body = new UserBody
            {
                Email = f.Email,
                UserName = new UserName { LastName = f.LastName, FirstName = f.FirstName },
                ExternalKey = f.ExternalKey,
                NickName = f.NickName,
                PrivateEmail = f.PrivateEmail,
                EmployeeNumber = f.EmployeeNumber,
                CellPhone = f.CellPhone,
                Telephone = f.Telephone,
                Location = f.Location,
                Locale = f.Locale,
                TimeZone = f.TimeZone,
                HiredDate = f.HiredDate,
                Birthday = f.Birthday,
                PasswordConfig = PasswordConfigOf(f),
            };
            PlacementChange? placement = await PlacementAsync(f, null, context).ConfigureAwait(false);
            body.DomainId = f.DomainId ?? await _lookup.DomainIdAsync(context).ConfigureAwait(false);
            if (placement is not null) body.Organizations = OrganizationPlan.ForNewUser(body.DomainId.Value, placement);
            return body;
        }

        /// <summary>
        /// Creates the user exactly once. A user with the same email that this call did not create is a
        /// <see cref="WorksApiException"/> (409), unless <paramref name="skipExisting"/>, which passes over it instead.
        /// </summary>
        public async Task<CreateOutcome<User>> CreateAsync(UserFields f, bool skipExisting, RequestContext context)
        {
            UserBody body = await PlanNewAsync(f, context).ConfigureAwait(false);
            string email = body.Email!;
            // The service refuses a second user with the same email (409), so nothing needs looking up first.
            return await ExactlyOnce.CreateOrSkipAsync(
                () => _users.CreateAsync(body, context),
                () => _users.FindAsync(email, context),
                found => IsSameUser(found, f),
                user => user.UserId,
                skipExisting, existingId: null, context).ConfigureAwait(false);
        }

        /// <summary>
        /// Reads the user and works out the PATCH that brings it to the given fields (nothing is sent). Fields whose
        /// value is already the given one are left out; an empty change has a null <see cref="UserChange.Patch"/>.
        /// </summary>
        public async Task<UserChange> PlanChangeAsync(string id, UserFields f, RequestContext context)
        {
            UserFieldRules.ValidateChange(f);
            User current = await _users.GetAsync(id, context).ConfigureAwait(false);
            var body = new UserBody();
            var changed = new List<string>();
            var cleared = new List<string>();
            foreach (var field in SimpleFields)
            {
                string? given = field.Given(f);
                string? now = field.Current(current);
                if (f.Clear.Contains(field.Name))
                {
                    if (now is not null)
                    {
                        cleared.Add(field.Wire);
                        changed.Add(field.Name);
                    }
                }
                else if (given is not null && given != now)
                {
                    field.Set(body, given);
                    changed.Add(field.Name);
                }
            }
            if ((f.LastName is not null && f.LastName != current.LastName) || (f.FirstName is not null && f.FirstName != current.FirstName))
            {
                // The whole name goes, so a service that replaces nested objects keeps the other half.
                body.UserName = new UserName
                {
                    LastName = f.LastName ?? current.LastName,
                    FirstName = f.FirstName ?? current.FirstName,
                    PhoneticLastName = current.UserName?.PhoneticLastName,
                    PhoneticFirstName = current.UserName?.PhoneticFirstName,
                };
                changed.Add("UserName");
            }
            body.PasswordConfig = PasswordConfigOf(f);
            if (body.PasswordConfig is not null) changed.Add("Password");

            PlacementChange? placement = await PlacementAsync(f, current, context).ConfigureAwait(false);
            if (placement is not null)
            {
                int domainId = f.DomainId ?? current.PrimaryOrganization?.DomainId ?? current.DomainId ?? await _lookup.DomainIdAsync(context).ConfigureAwait(false);
                List<UserOrganization> next = OrganizationPlan.Apply(current, domainId, placement);
                if (Json(next) != Json(OrganizationPlan.WriteShape(current)))
                {
                    body.Organizations = next;
                    changed.Add("Organizations");
                }
            }
            if (changed.Count == 0) return new UserChange(current, null, changed);
            JsonObject patch = JsonSerializer.SerializeToNode(body, WorksJson.Options)!.AsObject();
            foreach (string wire in cleared) patch[wire] = null;
            return new UserChange(current, patch, changed);
        }

        /// <summary>Sends a planned change and returns the user as the service answers it.</summary>
        public Task<User> ApplyAsync(UserChange change, RequestContext context) =>
            change.Patch is null ? Task.FromResult(change.Current) : _users.PatchAsync(change.Current.UserId!, change.Patch, context);

        /// <summary>
        /// Resolves the placement fields, or null when none is given. When both an id and a name are given they
        /// must agree, except that on a change the one still equal to the user's current value gives way: in a
        /// round trip through a CSV the administrator edited the other column.
        /// </summary>
        private async Task<PlacementChange?> PlacementAsync(UserFields f, User? current, RequestContext context)
        {
            if (!f.TouchesOrganization) return null;
            var change = new PlacementChange { Primary = f.Primary ?? true, IsManager = f.IsManager };
            change.OrgUnitId = await ChooseAsync(ReferenceKind.OrgUnit, f.OrgUnitId, f.OrgUnit, current?.OrgUnitId, current?.OrgUnit, "OrgUnit", context).ConfigureAwait(false);
            // An unchanged primary unit is not a transfer.
            if (change.OrgUnitId is not null && current is not null && change.OrgUnitId == current.OrgUnitId && change.Primary) change.OrgUnitId = null;

            // Position and level follow the unit named, or else the primary placement.
            UserOrgUnit? placementNow = change.OrgUnitId is null ? current?.PrimaryOrgUnit : null;
            if (f.Clear.Contains("Position"))
            {
                change.SetsPosition = true;
            }
            else if (f.PositionId is not null || f.Position is not null)
            {
                change.SetsPosition = true;
                change.PositionId = await ChooseAsync(ReferenceKind.Position, f.PositionId, f.Position, placementNow?.PositionId, placementNow?.PositionName, "Position", context).ConfigureAwait(false);
            }
            if (f.Clear.Contains("Level"))
            {
                change.SetsLevel = true;
            }
            else if (f.LevelId is not null || f.Level is not null)
            {
                change.SetsLevel = true;
                change.LevelId = await ChooseAsync(ReferenceKind.Level, f.LevelId, f.Level, current?.LevelId, current?.Level, "Level", context).ConfigureAwait(false);
            }
            return change;
        }

        private async Task<string?> ChooseAsync(ReferenceKind kind, string? id, string? nameOrId, string? currentId, string? currentName, string field, RequestContext context)
        {
            if (nameOrId is null) return id;
            // Unchanged: the name (or id) column still says what the user has now.
            if (currentId is not null && (id is null || id == currentId) &&
                (nameOrId == currentId || string.Equals(nameOrId, currentName, StringComparison.OrdinalIgnoreCase)))
                return currentId;
            if (id is not null && await _lookup.MatchesAsync(kind, id, nameOrId, context).ConfigureAwait(false)) return id;
            string resolved = await _lookup.ResolveAsync(kind, nameOrId, field, context).ConfigureAwait(false);
            if (id is null || id == resolved) return resolved;
            if (id == currentId) return resolved;     // the name was edited
            if (resolved == currentId) return id;      // the id was edited
            throw new InvalidFieldException(field, $"'{nameOrId}' is {resolved} but {field}Id says {id}; give one of the two.");
        }

        // A user found by email after an unknown outcome is ours when what we sent matches it.
        private static bool IsSameUser(User found, UserFields f) =>
            string.Equals(found.Email, f.Email, StringComparison.OrdinalIgnoreCase) &&
            (f.LastName is null || found.LastName == f.LastName) &&
            (f.FirstName is null || found.FirstName == f.FirstName) &&
            (f.ExternalKey is null || found.ExternalKey == f.ExternalKey) &&
            (f.EmployeeNumber is null || found.EmployeeNumber == f.EmployeeNumber);

        private static PasswordConfig? PasswordConfigOf(UserFields f)
        {
            if (f.Password is null && f.PasswordCreationType is null && f.ChangePasswordAtNextLogin is null) return null;
            return new PasswordConfig
            {
                PasswordCreationType = f.PasswordCreationType ?? (f.Password is null ? "MEMBER" : "ADMIN"),
                Password = f.Password?.Reveal(),
                ChangePasswordAtNextLogin = f.ChangePasswordAtNextLogin,
            };
        }

        private static string Json<T>(T value) => JsonSerializer.Serialize(value, WorksJson.Options);

        private sealed class SimpleField
        {
            public SimpleField(string name, string wire, Func<UserFields, string?> given, Func<User, string?> current, Action<UserBody, string> set)
            {
                Name = name;
                Wire = wire;
                Given = given;
                Current = current;
                Set = set;
            }

            public string Name { get; }
            public string Wire { get; }
            public Func<UserFields, string?> Given { get; }
            public Func<User, string?> Current { get; }
            public Action<UserBody, string> Set { get; }
        }

        // The flat string fields, once: parameter name, wire name, given value, current value, how to send it.
        private static readonly SimpleField[] SimpleFields =
        {
            new SimpleField("ExternalKey", "userExternalKey", f => f.ExternalKey, u => u.ExternalKey, (b, v) => b.ExternalKey = v),
            new SimpleField("EmployeeNumber", "employeeNumber", f => f.EmployeeNumber, u => u.EmployeeNumber, (b, v) => b.EmployeeNumber = v),
            new SimpleField("NickName", "nickName", f => f.NickName, u => u.NickName, (b, v) => b.NickName = v),
            new SimpleField("CellPhone", "cellPhone", f => f.CellPhone, u => u.CellPhone, (b, v) => b.CellPhone = v),
            new SimpleField("Telephone", "telephone", f => f.Telephone, u => u.Telephone, (b, v) => b.Telephone = v),
            new SimpleField("Location", "location", f => f.Location, u => u.Location, (b, v) => b.Location = v),
            new SimpleField("PrivateEmail", "privateEmail", f => f.PrivateEmail, u => u.PrivateEmail, (b, v) => b.PrivateEmail = v),
            new SimpleField("Locale", "locale", f => f.Locale, u => u.Locale, (b, v) => b.Locale = v),
            new SimpleField("TimeZone", "timeZone", f => f.TimeZone, u => u.TimeZone, (b, v) => b.TimeZone = v),
            new SimpleField("HiredDate", "hiredDate", f => f.HiredDate, u => u.HiredDate, (b, v) => b.HiredDate = v),
            new SimpleField("Birthday", "birthday", f => f.Birthday, u => u.Birthday, (b, v) => b.Birthday = v),
        };

        /// <summary>The parameter names -Clear accepts.</summary>
        public static IReadOnlyList<string> ClearableFields { get; } = SimpleFields.Select(s => s.Name).Concat(new[] { "Position", "Level" }).ToArray();
    }

    /// <summary>A planned change to a user.</summary>
    public sealed class UserChange
    {
        internal UserChange(User current, JsonObject? patch, IReadOnlyList<string> changed)
        {
            Current = current;
            Patch = patch;
            Changed = changed;
        }

        /// <summary>The user as it was read.</summary>
        public User Current { get; }

        /// <summary>The PATCH body, or null when nothing changes.</summary>
        public JsonObject? Patch { get; }

        /// <summary>The parameters whose value changes.</summary>
        public IReadOnlyList<string> Changed { get; }
    }
}
