using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// Turns the names an administrator writes in a CSV ("Sales", "Team Lead", "Senior") into ids, through one
    /// cached listing per kind for the whole run, shared by every row and thread: ten thousand rows naming the
    /// same org unit cost one listing, not ten thousand lookups. A name that matches nothing, or more than one
    /// object, is an error for the row; it is never guessed. Also finds the domain id creates need, and the object a
    /// create would duplicate (-SkipExisting).
    /// </summary>
    public sealed class DirectoryLookup
    {
        private readonly ApiTransport _transport;
        private readonly Dictionary<ReferenceKind, Catalog> _catalogs = new Dictionary<ReferenceKind, Catalog>();
        private readonly object _domainSync = new object();
        private readonly int? _domainId;
        private Task<int>? _domain;

        /// <summary>Creates a lookup over a session's transport.</summary>
        /// <param name="transport">The session's transport.</param>
        /// <param name="domainId">The domain to list and create in; when null, the tenant's own (found on first use).</param>
        public DirectoryLookup(ApiTransport transport, int? domainId)
        {
            _transport = transport;
            _domainId = domainId;
            foreach (ReferenceKind kind in Enum.GetValues(typeof(ReferenceKind))) _catalogs[kind] = new Catalog(kind);
        }

        /// <summary>
        /// The domain id for bodies that require one: the one given when the lookup was created, else the domain of
        /// the tenant's members (found with one request, once).
        /// </summary>
        public Task<int> DomainIdAsync(RequestContext context)
        {
            if (_domainId is int given) return Task.FromResult(given);
            lock (_domainSync)
            {
                if (_domain is null || _domain.IsFaulted || _domain.IsCanceled) _domain = DiscoverDomainAsync(context);
                return _domain;
            }
        }

        /// <summary>
        /// Resolves a name, an id or <c>externalKey:{key}</c> to the id of exactly one object of <paramref name="kind"/>.
        /// </summary>
        /// <param name="kind">What is named.</param>
        /// <param name="nameOrId">The value given.</param>
        /// <param name="field">The parameter it came from, for the error.</param>
        /// <param name="context">Log and cancellation.</param>
        /// <exception cref="InvalidFieldException">Nothing, or more than one object, matches.</exception>
        public async Task<string> ResolveAsync(ReferenceKind kind, string nameOrId, string field, RequestContext context)
        {
            IReadOnlyList<Entry> entries = await LoadAsync(kind, context).ConfigureAwait(false);
            string value = nameOrId.Trim();
            List<Entry> matches;
            if (ExternalKeyReference.IsReference(value))
            {
                string key = ExternalKeyReference.KeyOf(value);
                matches = entries.Where(e => e.ExternalKey == key).ToList();
                if (matches.Count == 1) return matches[0].Id;
                throw new InvalidFieldException(field, $"no {Noun(kind)} has the external key '{key}'.");
            }
            Entry? byId = entries.FirstOrDefault(e => e.Id == value);
            if (byId is not null) return byId.Id;
            matches = entries.Where(e => string.Equals(e.Name, value, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0) matches = entries.Where(e => e.OtherNames.Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase))).ToList();
            if (matches.Count == 1) return matches[0].Id;
            if (matches.Count > 1)
            {
                string which = string.Join(", ", matches.Take(5).Select(m => m.Describe(entries)));
                throw new InvalidFieldException(field, $"{matches.Count} {Noun(kind)}s are named '{value}' ({which}); give the id or externalKey:<key> instead.");
            }
            throw new InvalidFieldException(field, $"no {Noun(kind)} is named '{value}'." + Suggest(entries, value));
        }

        /// <summary>True when <paramref name="nameOrId"/> is the id, external key or a name of the object <paramref name="id"/>.</summary>
        public async Task<bool> MatchesAsync(ReferenceKind kind, string id, string nameOrId, RequestContext context)
        {
            string value = nameOrId.Trim();
            if (value == id) return true;
            IReadOnlyList<Entry> entries = await LoadAsync(kind, context).ConfigureAwait(false);
            Entry? entry = entries.FirstOrDefault(e => e.Id == id);
            if (entry is null) return false;
            return string.Equals(entry.Name, value, StringComparison.OrdinalIgnoreCase) ||
                   entry.ExternalKey is not null && value == ExternalKeyReference.For(entry.ExternalKey);
        }

        /// <summary>
        /// The object a create of <paramref name="candidate"/> would duplicate, or null: the one with its external key
        /// when it has one (external keys are unique in the tenant), else one with the same name, ignoring case as names
        /// are resolved, under the same parent (org units; null is the top level) in the same domain.
        /// </summary>
        public async Task<Entry?> FindDuplicateAsync(ReferenceKind kind, Entry candidate, RequestContext context)
        {
            IReadOnlyList<Entry> entries = await LoadAsync(kind, context).ConfigureAwait(false);
            if (candidate.ExternalKey is string key) return entries.FirstOrDefault(e => e.ExternalKey == key);
            string? parent = candidate.ParentId;
            // A parent given as externalKey:KEY (the API takes that form too) is compared by its id.
            if (ExternalKeyReference.IsReference(parent))
            {
                string parentKey = ExternalKeyReference.KeyOf(parent!);
                parent = entries.FirstOrDefault(e => e.ExternalKey == parentKey)?.Id ?? parent;
            }
            return entries.FirstOrDefault(e => string.Equals(e.Name, candidate.Name, StringComparison.OrdinalIgnoreCase) && e.ParentId == parent &&
                                               (e.DomainId is null || candidate.DomainId is null || e.DomainId == candidate.DomainId));
        }

        /// <summary>
        /// Under -WhatIf, what a create of <paramref name="planned"/> would meet: the id of the object
        /// <paramref name="skipExisting"/> would pass over, or null. An external key that is already taken is the row's
        /// error, as the service would refuse it. Otherwise the object is remembered under its made-up id (never sent), so
        /// later rows of the rehearsal can name it and see it as a duplicate, as they would in the real run.
        /// </summary>
        /// <exception cref="InvalidFieldException">The external key is taken.</exception>
        public async Task<string?> RehearseCreateAsync(ReferenceKind kind, Entry planned, bool skipExisting, RequestContext context)
        {
            Entry? existing = await FindDuplicateAsync(kind, planned, context).ConfigureAwait(false);
            if (existing is not null && skipExisting) return existing.Id;
            if (existing is not null && planned.ExternalKey is not null)
                throw new InvalidFieldException("ExternalKey", $"'{planned.ExternalKey}' is already used by the {Noun(kind)} {existing.Id}; the service would refuse the row (-SkipExisting passes over it).");
            _catalogs[kind].Add(planned);
            return null;
        }

        /// <summary>Adds an object created during the run, so later rows can name it and find it with <see cref="FindDuplicateAsync"/>.</summary>
        public void Remember(ReferenceKind kind, string id, string? name, string? externalKey, string? parentId = null, int? domainId = null) =>
            _catalogs[kind].Add(new Entry(id, name, externalKey, parentId, domainId));

        /// <summary>Every object of <paramref name="kind"/> (listed once, then cached).</summary>
        public Task<IReadOnlyList<Entry>> LoadAsync(ReferenceKind kind, RequestContext context) =>
            _catalogs[kind].GetAsync(() => ListAsync(kind, context));

        // Every row of a run shares one RequestContext, so whichever row starts the listing lends it its context.
        private async Task<IReadOnlyList<Entry>> ListAsync(ReferenceKind kind, RequestContext context)
        {
            var query = new ListQuery { DomainId = _domainId };
            var options = new PagerOptions { PageSize = DirectoryResourceApi<User>.MaxPageSize };
            var list = new List<Entry>();
            switch (kind)
            {
                case ReferenceKind.OrgUnit:
                    await foreach (var u in new OrgUnitsApi(_transport).ListAsync(query, options, context).ConfigureAwait(false))
                        list.Add(new Entry(u.OrgUnitId!, u.Name, u.ExternalKey, u.ParentId, u.DomainId, Names(u.I18nNames)));
                    break;
                case ReferenceKind.Position:
                    await foreach (var p in new PositionsApi(_transport).ListAsync(query, options, context).ConfigureAwait(false))
                        list.Add(new Entry(p.PositionId!, p.Name, p.ExternalKey, otherNames: Names(p.I18nNames)));
                    break;
                case ReferenceKind.Group:
                    await foreach (var g in new GroupsApi(_transport).ListAsync(query, options, context).ConfigureAwait(false))
                        list.Add(new Entry(g.GroupId!, g.Name, g.ExternalKey, domainId: g.DomainId));
                    break;
                default:
                    await foreach (var l in new LevelsApi(_transport).ListAsync(query, options, context).ConfigureAwait(false))
                        list.Add(new Entry(l.LevelId!, l.Name, l.ExternalKey, otherNames: Names(l.I18nNames)));
                    break;
            }
            context.Log.Verbose($"Read {list.Count} {Noun(kind)}s to {(kind == ReferenceKind.Group ? "find existing ones" : "resolve names")}.");
            return list;
        }

        private async Task<int> DiscoverDomainAsync(RequestContext context)
        {
            var page = await new UsersApi(_transport).GetPageAsync(null, null, 1, context).ConfigureAwait(false);
            int? found = page.Items.FirstOrDefault()?.DomainId;
            if (found is null) throw new InvalidOperationException("Cannot tell which domain to use; pass -DomainId, or connect with Connect-Works -DomainId.");
            context.Log.Verbose($"Using domain {found} (the domain of the tenant's members); pass -DomainId to choose another.");
            return found.Value;
        }

        private static string[] Names(IEnumerable<LocalizedName>? names) =>
            names?.Select(n => n.Name).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToArray() ?? Array.Empty<string>();

        private static string Suggest(IReadOnlyList<Entry> entries, string value)
        {
            var near = entries.Where(e => e.Name is not null && (e.Name.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0 ||
                                                                value.IndexOf(e.Name, StringComparison.OrdinalIgnoreCase) >= 0))
                .Select(e => e.Name).Distinct().Take(3).ToList();
            return near.Count == 0 ? "" : " Did you mean " + string.Join(" or ", near.Select(n => $"'{n}'")) + "?";
        }

        private static string Noun(ReferenceKind kind) => kind switch
        {
            ReferenceKind.OrgUnit => "org unit",
            ReferenceKind.Position => "position",
            ReferenceKind.Group => "group",
            _ => "level",
        };

        /// <summary>
        /// One object as the run knows it (listed, created, or planned under -WhatIf): id, name, external key, parent
        /// (org units), domain and names in other languages.
        /// </summary>
        public sealed class Entry
        {
            /// <summary>Describes an object; a create's would-be object when looking for its duplicate.</summary>
            internal Entry(string id, string? name, string? externalKey, string? parentId = null, int? domainId = null, string[]? otherNames = null)
            {
                Id = id;
                Name = name;
                ExternalKey = externalKey;
                ParentId = parentId;
                DomainId = domainId;
                OtherNames = otherNames ?? Array.Empty<string>();
            }

            /// <summary>The id.</summary>
            public string Id { get; }

            /// <summary>The name.</summary>
            public string? Name { get; }

            /// <summary>The external key.</summary>
            public string? ExternalKey { get; }

            /// <summary>The parent org unit's id.</summary>
            public string? ParentId { get; }

            /// <summary>Names in other languages.</summary>
            public string[] OtherNames { get; }

            /// <summary>The domain, when the listing says (org units and groups).</summary>
            public int? DomainId { get; }

            internal string Describe(IReadOnlyList<Entry> all)
            {
                string? parent = ParentId is null ? null : all.FirstOrDefault(e => e.Id == ParentId)?.Name;
                return parent is null ? Id : $"{Id} under '{parent}'";
            }
        }

        // One listing per kind, started by the first row that needs it; objects created meanwhile are kept aside
        // and merged in, so a unit created during the listing is never lost. Readers get the list itself: it is
        // replaced, never changed, when an object is added.
        private sealed class Catalog
        {
            private readonly object _sync = new object();
            private readonly List<Entry> _created = new List<Entry>();
            private Task<IReadOnlyList<Entry>>? _loading;
            private IReadOnlyList<Entry>? _loaded;

            public Catalog(ReferenceKind kind) => Kind = kind;

            public ReferenceKind Kind { get; }

            public Task<IReadOnlyList<Entry>> GetAsync(Func<Task<IReadOnlyList<Entry>>> list)
            {
                lock (_sync)
                {
                    if (_loaded is not null) return Task.FromResult(_loaded);
                    _loading ??= LoadAsync(list);
                    return _loading;
                }
            }

            public void Add(Entry entry)
            {
                lock (_sync)
                {
                    if (_loaded is not null) _loaded = _loaded.Where(e => e.Id != entry.Id).Concat(new[] { entry }).ToArray();
                    else _created.Add(entry);
                }
            }

            private async Task<IReadOnlyList<Entry>> LoadAsync(Func<Task<IReadOnlyList<Entry>>> list)
            {
                IReadOnlyList<Entry> listed;
                try
                {
                    listed = await list().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is OperationCanceledException || ex is WorksApiException w && w.Error.IsTransient)
                {
                    // Worth another try by the next row; a refusal (no scope, levels not enabled) stays cached.
                    lock (_sync) _loading = null;
                    throw;
                }
                lock (_sync)
                {
                    var ids = new HashSet<string>(listed.Select(e => e.Id), StringComparer.Ordinal);
                    _loaded = listed.Concat(_created.Where(e => !ids.Contains(e.Id))).ToArray();
                    _created.Clear();
                    return _loaded;
                }
            }
        }
    }
}
