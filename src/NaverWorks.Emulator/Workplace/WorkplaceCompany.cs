using System;
using System.Collections.Generic;
using System.Threading;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// The organization of one company. All reads and writes take <see cref="Gate"/>: one lock per company,
/// because the invariants span resources (an employee's department exists; a department with members
/// cannot be deleted) and must be checked and applied atomically. Contention is negligible at
/// emulator scale (8 parallel bulk writers hold it for microseconds), as long as no write scans a whole
/// resource: uniqueness checks use the stores' indexes.
/// </summary>
internal sealed class WorkplaceCompany
{
    private readonly Dictionary<string, KeyedStore> _stores = new(StringComparer.Ordinal);

    public WorkplaceCompany(string companyId, string rootDepartmentKey)
    {
        CompanyId = companyId;
        RootDepartmentKey = rootDepartmentKey;
        foreach (string resource in WorkplaceResources.Names)
        {
            _stores.Add(resource, new KeyedStore(WorkplaceResources.Require(resource).Unique));
        }
    }

    public Lock Gate { get; } = new();

    public string CompanyId { get; }

    /// <summary>[CODE] observed responses show tenantId equal to the company uuid; the emulator does the same.</summary>
    public string TenantId => CompanyId;

    /// <summary>The single top-level department (parent "#"); it cannot be deleted or moved.</summary>
    public string RootDepartmentKey { get; }

    public KeyedStore Departments => _stores[WorkplaceResourceNames.Department];

    public KeyedStore Employees => _stores[WorkplaceResourceNames.Employee];

    public KeyedStore Store(string resource) => _stores[resource];
}
