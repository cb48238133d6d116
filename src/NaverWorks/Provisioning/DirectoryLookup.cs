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
    /// object, is an error for the row; it is never guessed. Also finds the domain id creates need.
    /// </summary>
    public sealed class DirectoryLookup
    {
        private const string ExternalKeyPrefix = "externalKey:";
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
            if (value.StartsWith(ExternalKeyPrefix, StringComparison.Ordinal))
            {
                string key = value.Substring(ExternalKeyPrefix.Length);
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
                   entry.ExternalKey is not null && value == ExternalKeyPrefix + entry.ExternalKey;
        }

        /// <summary>Adds an object created during the run, so later rows can name it.</summary>
        public void Remember(ReferenceKind kind, string id, string? name, string? externalKey, string? parentId = null) =>
            _catalogs[kind].Add(new Entry(id, name, externalKey, parentId, Array.Empty<string>()));

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
                        list.Add(new Entry(u.OrgUnitId!, u.Name, u.ExternalKey, u.ParentId, Names(u.I18nNames)));
                    break;
                case ReferenceKind.Position:
                    await foreach (var p in new PositionsApi(_transport).ListAsync(query, options, context).ConfigureAwait(false))
                        list.Add(new Entry(p.PositionId!, p.Name, p.ExternalKey, null, Names(p.I18nNames)));
                    break;
                default:
                    await foreach (var l in new LevelsApi(_transport).ListAsync(query, options, context).ConfigureAwait(false))
                        list.Add(new Entry(l.LevelId!, l.Name, l.ExternalKey, null, Names(l.I18nNames)));
                    break;
            }
            context.Log.Verbose($"Read {list.Count} {Noun(kind)}s to resolve names.");
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
            _ => "level",
        };

        /// <summary>One listed object: id, name, external key, parent (org units) and names in other languages.</summary>
        public sealed class Entry
        {
            internal Entry(string id, string? name, string? externalKey, string? parentId, string[] otherNames)
            {
                Id = id;
                Name = name;
                ExternalKey = externalKey;
                ParentId = parentId;
                OtherNames = otherNames;
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
