using System;
using System.Collections.Generic;
using System.Linq;

namespace NaverWorks.Emulator.Workplace;

/// <summary>The registry of emulated resources, keyed by path segment (case-sensitive).</summary>
internal static class WorkplaceResources
{
    private static readonly Dictionary<string, IWorkplaceResource> ByName = new IWorkplaceResource[]
    {
        new DepartmentResource(),
        new EmployeeResource(),
        new OrganizationCodeResource(WorkplaceResourceNames.Grade, "Job grade", EmployeeResource.GradeField),
        new OrganizationCodeResource(WorkplaceResourceNames.Job, "Job position", EmployeeResource.JobField),
        new OrganizationCodeResource(WorkplaceResourceNames.EmploymentType, "Employment type", EmployeeResource.EmploymentTypeField),
    }.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static IWorkplaceResource? Find(string name) => ByName.GetValueOrDefault(name);

    public static IWorkplaceResource Require(string name) =>
        Find(name) ?? throw new ArgumentException($"Unknown WORKPLACE resource '{name}'.", nameof(name));
}
