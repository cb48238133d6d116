using NaverWorks.Emulator.Auth;
using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Paging;

namespace NaverWorks.Emulator.Directory;

/// <summary>
/// One directory resource type and the single implementation of its CRUD semantics: resolve by id
/// or <c>externalKey:</c>, create/PUT/PATCH through the resource's binder, uniqueness of external
/// keys and emails, indexes, and delete guards. Concrete resources only describe themselves and
/// supply hooks. Every operation runs under the tenant lock, so concurrent writers see a
/// consistent directory and readers serialize consistent snapshots.
/// </summary>
internal abstract class DirectoryResource<T>
    where T : DirectoryRecord
{
    private ResourceTable<T>? _table;

    protected DirectoryResource(EmulatorTenant tenant) => Tenant = tenant;

    /// <summary>Path segment after <c>/v1.0</c>, e.g. <c>/orgunits</c>.</summary>
    public abstract string Route { get; }

    /// <summary>Route parameter holding the id, e.g. <c>orgUnitId</c>.</summary>
    public abstract string IdParameter { get; }

    /// <summary>List envelope key, e.g. <c>orgUnits</c>.</summary>
    public abstract string Envelope { get; }

    /// <summary>Scope family for <see cref="Hosting.ScopePolicy"/>.</summary>
    public abstract string ScopeResource { get; }

    /// <summary>404 code, e.g. <c>ORGUNIT_NOT_EXIST</c>.</summary>
    public abstract string NotFoundCode { get; }

    /// <summary>Name of the resource in messages.</summary>
    public abstract string Noun { get; }

    /// <summary>Body property of the external key, for 409 messages.</summary>
    public abstract string ExternalKeyField { get; }

    /// <summary>Id prefix (<c>user</c>, <c>orgunit</c>, …).</summary>
    protected abstract string IdPrefix { get; }

    /// <summary>True when writes are paced like org-unit writes.</summary>
    public virtual bool PacedWrites => false;

    /// <summary>List orders by name (the first is the default); all end in the creation sequence.</summary>
    public virtual IReadOnlyList<(string Name, Func<T, SortKey> Key)> Orders { get; } = [("CREATED_TIME", static r => SortKey.BySeq(r.Seq))];

    public ResourceTable<T> Table => _table ??= new ResourceTable<T>(Orders);

    public EmulatorTenant Tenant { get; }

    /// <summary>A new, empty record with its id, sequence and the tenant's domain.</summary>
    protected abstract T NewRecord(string id, long seq, DateTimeOffset now);

    /// <summary>Applies <paramref name="body"/> onto <paramref name="target"/> (a fresh record on create, the current one otherwise) and returns the result.</summary>
    protected abstract T Bind(JsonBody body, T target);

    /// <summary>Cross-field and cross-resource checks of a candidate record.</summary>
    protected virtual void Validate(T candidate, T? previous)
    {
    }

    /// <summary>Throws when the record may not be deleted.</summary>
    protected virtual void BeforeDelete(T item)
    {
    }

    /// <summary>Keeps secondary indexes and dependent resources in step after a commit.</summary>
    protected virtual void OnCommitted(T? previous, T? current)
    {
    }

    /// <summary>Emails the record owns; emails are unique across users, org units and groups.</summary>
    protected virtual IEnumerable<string> OwnedEmails(T item) => [];

    /// <summary>Other forms of a path id (users: email and <c>me</c>).</summary>
    protected virtual T? ResolveAlternate(string id, WorksPrincipal? caller) => null;

    /// <summary>The response object of a record (users decorate names of their org units, levels and positions).</summary>
    public virtual object View(T item) => item;

    public T? Find(string id, WorksPrincipal? caller = null)
    {
        if (id.StartsWith(DirectoryRules.ExternalKeyPrefix, StringComparison.Ordinal))
        {
            return Table.FindByExternalKey(id[DirectoryRules.ExternalKeyPrefix.Length..]);
        }

        return ResolveAlternate(id, caller) ?? Table.Find(id);
    }

    public T Resolve(string id, WorksPrincipal? caller = null) =>
        Find(id, caller) ?? throw ApiErrors.NotFound(NotFoundCode, $"The {Noun} '{id}' does not exist.");

    public byte[] Get(string id, WorksPrincipal? caller)
    {
        lock (Tenant.Sync)
        {
            return EmulatorJson.Serialize(View(Resolve(id, caller)));
        }
    }

    public byte[] List(PageRequest page, string order, bool descending)
    {
        lock (Tenant.Sync)
        {
            var identity = $"{Route}:{order}:{(descending ? "D" : "A")}";
            return EmulatorJson.Serialize(page.Read(Table.Index(order), identity, Envelope, descending, View));
        }
    }

    public (T Record, byte[] Json) Create(JsonBody body)
    {
        lock (Tenant.Sync)
        {
            var candidate = Bind(body, NewRecord(ResourceIds.New(IdPrefix), Tenant.NextSeq(), Tenant.Now));
            Commit(null, candidate);
            return (candidate, EmulatorJson.Serialize(View(candidate)));
        }
    }

    public byte[] Update(string id, JsonBody body, WorksPrincipal? caller)
    {
        lock (Tenant.Sync)
        {
            var current = Resolve(id, caller);
            var candidate = Bind(body, current);
            Commit(current, candidate);
            return EmulatorJson.Serialize(View(candidate));
        }
    }

    /// <summary>Applies a server-side change (suspend, move, membership) with the same checks as a PATCH.</summary>
    public T Mutate(string id, WorksPrincipal? caller, Func<T, T> change)
    {
        lock (Tenant.Sync)
        {
            var current = Resolve(id, caller);
            var candidate = change(current);
            Commit(current, candidate);
            return candidate;
        }
    }

    public void Delete(string id, WorksPrincipal? caller)
    {
        lock (Tenant.Sync)
        {
            var current = Resolve(id, caller);
            BeforeDelete(current);
            Commit(current, null);
        }
    }

    /// <summary>Stores a validated change; the caller holds the tenant lock.</summary>
    internal void Commit(T? previous, T? current)
    {
        if (current is not null)
        {
            Validate(current, previous);
            if (current.ResourceExternalKey is { } key && Table.FindByExternalKey(key) is { } other && other.ResourceId != current.ResourceId)
            {
                throw ApiErrors.Conflict($"{ExternalKeyField}: '{key}' is already used by another {Noun}.");
            }

            foreach (var email in OwnedEmails(current))
            {
                if (Tenant.EmailOwners.TryGetValue(email, out var owner) && owner != current.ResourceId)
                {
                    throw ApiErrors.Conflict($"email: '{email}' is already in use.");
                }
            }
        }

        if (previous is not null)
        {
            foreach (var email in OwnedEmails(previous))
            {
                Tenant.EmailOwners.Remove(email);
            }

            Table.Remove(previous);
        }

        if (current is not null)
        {
            foreach (var email in OwnedEmails(current))
            {
                Tenant.EmailOwners[email] = current.ResourceId;
            }

            Table.Add(current);
        }

        OnCommitted(previous, current);
    }

    /// <summary>Stores many new records at once, without binding (seeding); the caller holds the tenant lock.</summary>
    internal void CommitSeed(IReadOnlyCollection<T> records)
    {
        Table.AddRange(records);
        foreach (var record in records)
        {
            foreach (var email in OwnedEmails(record))
            {
                Tenant.EmailOwners[email] = record.ResourceId;
            }

            OnCommitted(null, record);
        }
    }
}
