using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Bulk;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// Creates and changes groups and their membership: exactly-once creates (after an unknown outcome the group is
    /// looked up by external key, or by name) that can pass over groups that already exist, changes that PATCH only
    /// what differs, and members named by a user's email turned into user ids first (the API documents ids and
    /// externalKey:KEY in bodies, not emails).
    /// </summary>
    public sealed class GroupProvisioner
    {
        private readonly GroupsApi _groups;
        private readonly UsersApi _users;
        private readonly DirectoryLookup _lookup;

        /// <summary>Creates a provisioner for one run.</summary>
        public GroupProvisioner(GroupsApi groups, UsersApi users, DirectoryLookup lookup)
        {
            _groups = groups;
            _users = users;
            _lookup = lookup;
        }

        /// <summary>Checks the rules known for groups (a name of at most 100 characters; external key characters).</summary>
        public static void Validate(GroupFields f, bool isNew)
        {
            if (isNew && f.Name is null) throw new InvalidFieldException("Name", "is required.");
            if (f.Name is not null && f.Name.Length > 100) throw new InvalidFieldException("Name", $"is {f.Name.Length} characters long; at most 100 are allowed.");
            if (f.ExternalKey is not null && (f.ExternalKey.Length > 100 || f.ExternalKey.IndexOfAny(new[] { '%', '\\', '#', '/', '?' }) >= 0))
                throw new InvalidFieldException("ExternalKey", $"'{f.ExternalKey}' must be at most 100 characters without % \\ # / ?.");
        }

        /// <summary>Validates and resolves members and administrators: the body a create would send.</summary>
        public async Task<GroupBody> PlanNewAsync(GroupFields f, RequestContext context)
        {
            Validate(f, isNew: true);
            var body = Flags(new GroupBody
            {
                DomainId = f.DomainId ?? await _lookup.DomainIdAsync(context).ConfigureAwait(false),
                Name = f.Name,
                Description = f.Description,
                Email = f.Email,
                ExternalKey = f.ExternalKey,
            }, f);
            if (f.Administrators.Count > 0)
            {
                body.Administrators = new List<GroupAdministrator>();
                foreach (string admin in f.Administrators)
                    body.Administrators.Add(new GroupAdministrator { UserId = await UserIdAsync(admin, "Administrator", context).ConfigureAwait(false) });
            }
            if (f.Members.Count > 0)
            {
                body.Members = new List<GroupMember>();
                foreach (GroupMemberRef member in f.Members)
                    body.Members.Add(new GroupMember { Id = await MemberIdAsync(member, context).ConfigureAwait(false), Type = member.Type });
            }
            return body;
        }

        /// <summary>
        /// Creates the group exactly once. With <paramref name="skipExisting"/>, a group that already exists (the same
        /// external key when one is given, else the same name) is passed over: the service would create a second group
        /// of the same name. Created groups are remembered, so a later row of the same name is passed over too.
        /// </summary>
        public async Task<CreateOutcome<Group>> CreateAsync(GroupFields f, bool skipExisting, RequestContext context)
        {
            GroupBody body = await PlanNewAsync(f, context).ConfigureAwait(false);
            CreateOutcome<Group> outcome = await ExactlyOnce.CreateOrSkipAsync(
                () => _groups.CreateAsync(body, context),
                () => FindCreatedAsync(body, context),
                found => found.Name == body.Name && (body.ExternalKey is null || found.ExternalKey == body.ExternalKey),
                group => group.GroupId,
                skipExisting, () => ExistingIdAsync(body, context), context).ConfigureAwait(false);
            if (outcome.Value is Group created) _lookup.Remember(ReferenceKind.Group, created.GroupId!, created.Name, created.ExternalKey, domainId: created.DomainId);
            return outcome;
        }

        /// <summary>
        /// Under -WhatIf: checks and resolves the row as <see cref="CreateAsync"/> would, and returns the id of the group
        /// <paramref name="skipExisting"/> would pass over. Otherwise the group the row would create is remembered under
        /// <paramref name="plannedId"/> (never sent), so a later row of the same name is found as a duplicate. An external
        /// key that is already taken is the row's error (<see cref="InvalidFieldException"/>).
        /// </summary>
        public async Task<string?> RehearseCreateAsync(GroupFields f, bool skipExisting, string plannedId, RequestContext context)
        {
            GroupBody body = await PlanNewAsync(f, context).ConfigureAwait(false);
            return await _lookup.RehearseCreateAsync(ReferenceKind.Group, Draft(body, plannedId), skipExisting, context).ConfigureAwait(false);
        }

        /// <summary>Reads the group and works out the PATCH that brings it to the given fields (null when nothing differs).</summary>
        public async Task<(Group Current, GroupBody? Patch, List<string> Changed)> PlanChangeAsync(string id, GroupFields f, RequestContext context)
        {
            Validate(f, isNew: false);
            Group current = await _groups.GetAsync(id, context).ConfigureAwait(false);
            var patch = new GroupBody();
            var changed = new List<string>();
            if (f.Name is not null && f.Name != current.Name) { patch.Name = f.Name; changed.Add("Name"); }
            if (f.Description is not null && f.Description != current.Description) { patch.Description = f.Description; changed.Add("Description"); }
            if (f.Email is not null && f.Email != current.Email) { patch.Email = f.Email; changed.Add("Email"); }
            if (f.ExternalKey is not null && f.ExternalKey != current.ExternalKey) { patch.ExternalKey = f.ExternalKey; changed.Add("ExternalKey"); }
            void Flag(bool? given, bool now, string name, System.Action<bool> set)
            {
                if (given is bool value && value != now) { set(value); changed.Add(name); }
            }
            Flag(f.UseMail, current.UseMail, "UseMail", v => patch.UseMail = v);
            Flag(f.UseMessage, current.UseMessage, "UseMessage", v => patch.UseMessage = v);
            Flag(f.UseNote, current.UseNote, "UseNote", v => patch.UseNote = v);
            Flag(f.UseCalendar, current.UseCalendar, "UseCalendar", v => patch.UseCalendar = v);
            Flag(f.UseTask, current.UseTask, "UseTask", v => patch.UseTask = v);
            Flag(f.UseFolder, current.UseFolder, "UseFolder", v => patch.UseFolder = v);
            return (current, changed.Count == 0 ? null : patch, changed);
        }

        /// <summary>The id a member is sent with: a user's email becomes the user id.</summary>
        public Task<string> MemberIdAsync(GroupMemberRef member, RequestContext context) =>
            member.IsUserEmail ? UserIdAsync(member.Id, "Member", context) : Task.FromResult(member.Id);

        private async Task<string> UserIdAsync(string idOrEmail, string field, RequestContext context)
        {
            if (idOrEmail.IndexOf('@') < 0) return idOrEmail;
            User? user = await _users.FindAsync(idOrEmail, context).ConfigureAwait(false);
            return user?.UserId ?? throw new InvalidFieldException(field, $"no user has the email '{idOrEmail}'.");
        }

        private static GroupBody Flags(GroupBody body, GroupFields f)
        {
            body.UseMail = f.UseMail;
            body.UseMessage = f.UseMessage;
            body.UseNote = f.UseNote;
            body.UseCalendar = f.UseCalendar;
            body.UseTask = f.UseTask;
            body.UseFolder = f.UseFolder;
            return body;
        }

        private async Task<string?> ExistingIdAsync(GroupBody body, RequestContext context) =>
            (await _lookup.FindDuplicateAsync(ReferenceKind.Group, Draft(body, ""), context).ConfigureAwait(false))?.Id;

        private static DirectoryLookup.Entry Draft(GroupBody body, string id) =>
            new DirectoryLookup.Entry(id, body.Name, body.ExternalKey, domainId: body.DomainId);

        private async Task<Group?> FindCreatedAsync(GroupBody body, RequestContext context)
        {
            if (body.ExternalKey is not null) return await _groups.FindAsync(ExternalKeyReference.For(body.ExternalKey), context).ConfigureAwait(false);
            Group? found = null;
            await foreach (Group group in _groups.ListAsync(new ListQuery { DomainId = body.DomainId }, new PagerOptions(), context).ConfigureAwait(false))
            {
                // The newest group of that name: lists come in creation order.
                if (group.Name == body.Name) found = group;
            }
            return found;
        }
    }
}
