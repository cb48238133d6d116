using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// In-memory, thread-safe state of the emulated WORKPLACE: companies with their organization
/// (departments, employees, grades, jobs, employment types) and the access keys allowed to call them.
/// </summary>
/// <remarks>
/// Every company is seeded with one top-level department whose <c>deptNo</c> equals the company id
/// (as observed in real responses). A fresh tenant holds the <see cref="Demo"/> company, whose keys are
/// fixed so scripts and rehearsals can use them without reading emulator output.
/// </remarks>
public sealed class WorkplaceTenant
{
    /// <summary>Company id of <see cref="Demo"/> (the id used in the official documentation example).</summary>
    public const string DemoCompanyId = "c1798784-9a47-4751-ab9f-b9629825ab93";

    /// <summary>Access key of <see cref="Demo"/>.</summary>
    public const string DemoAccessKey = "EMULATORACCESSKEY001";

    /// <summary>Secret key of <see cref="Demo"/> (fake; only meaningful to this emulator).</summary>
    public const string DemoSecretKey = "EMULATORSECRETKEY00000000000000000000001";

    /// <summary>External key of the seeded top-level department unless another is given.</summary>
    public const string DefaultRootDepartmentKey = "dept0000";

    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly ConcurrentDictionary<string, WorkplaceCompany> _companies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WorkplaceAccessKey> _accessKeys = new(StringComparer.Ordinal);

    /// <summary>Creates a tenant holding the <see cref="Demo"/> company.</summary>
    public WorkplaceTenant()
    {
        CreateCompany(DemoCompanyId, DefaultRootDepartmentKey, "Emulated Company");
        Demo = Issue(DemoAccessKey, DemoSecretKey, [DemoCompanyId]);
    }

    /// <summary>The fixed demo company and its keys.</summary>
    public WorkplaceCredentials Demo { get; }

    /// <summary>The ids of all companies.</summary>
    public IReadOnlyCollection<string> CompanyIds => _companies.Keys.ToArray();

    /// <summary>Adds a company seeded with a top-level department, and issues a fresh key pair for it alone.</summary>
    /// <param name="companyId">The company id; a new uuid when null.</param>
    /// <param name="rootDepartmentExternalKey">External key of the seeded top-level department.</param>
    /// <param name="rootDepartmentName">Name of the seeded top-level department.</param>
    /// <returns>Credentials whose key may call only this company.</returns>
    public WorkplaceCredentials AddCompany(string? companyId = null, string rootDepartmentExternalKey = DefaultRootDepartmentKey, string rootDepartmentName = "Emulated Company")
    {
        companyId ??= Guid.NewGuid().ToString();
        CreateCompany(companyId, rootDepartmentExternalKey, rootDepartmentName);
        return AddCredentials(companyId);
    }

    /// <summary>Issues a fresh key pair allowed to call the given existing companies.</summary>
    /// <param name="companyIds">The companies the key may call; the first becomes <see cref="WorkplaceCredentials.CompanyId"/>.</param>
    /// <returns>The new credentials.</returns>
    public WorkplaceCredentials AddCredentials(params string[] companyIds)
    {
        if (companyIds.Length == 0)
        {
            throw new ArgumentException("At least one company is required.", nameof(companyIds));
        }

        foreach (string id in companyIds)
        {
            if (!_companies.ContainsKey(id))
            {
                throw new ArgumentException($"Company '{id}' does not exist.", nameof(companyIds));
            }
        }

        // NCP-like shapes: a 20-character access key id and a 40-character secret.
        return Issue(RandomNumberGenerator.GetString(KeyAlphabet, 20), RandomNumberGenerator.GetString(SecretAlphabet, 40), companyIds);
    }

    /// <summary>Number of elements of <paramref name="resource"/> in a company (departments include the seeded root).</summary>
    /// <param name="companyId">The company id.</param>
    /// <param name="resource">A <see cref="WorkplaceResourceNames"/> value.</param>
    /// <returns>The element count.</returns>
    public int Count(string companyId, string resource)
    {
        WorkplaceCompany company = RequireCompany(companyId);
        WorkplaceResources.Require(resource);
        lock (company.Gate)
        {
            return company.Store(resource).Count;
        }
    }

    /// <summary>One element exactly as <c>GET …/{resource}/{externalKey}</c> would return it, or null.</summary>
    /// <param name="companyId">The company id.</param>
    /// <param name="resource">A <see cref="WorkplaceResourceNames"/> value.</param>
    /// <param name="externalKey">The element's external key.</param>
    /// <returns>A detached copy of the element, or null when it does not exist.</returns>
    public JsonObject? Find(string companyId, string resource, string externalKey)
    {
        WorkplaceCompany company = RequireCompany(companyId);
        IWorkplaceResource definition = WorkplaceResources.Require(resource);
        lock (company.Gate)
        {
            return company.Store(resource).TryGet(externalKey, out WorkplaceRecord? record)
                ? definition.ToElement(company, record)
                : null;
        }
    }

    internal WorkplaceCompany? FindCompany(string companyId) => _companies.GetValueOrDefault(companyId);

    internal WorkplaceAccessKey? FindAccessKey(string accessKey) => _accessKeys.GetValueOrDefault(accessKey);

    private void CreateCompany(string companyId, string rootDepartmentKey, string rootDepartmentName)
    {
        if (string.IsNullOrWhiteSpace(companyId) || companyId.Length > 36 || companyId.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            throw new ArgumentException("A company id is 1-36 ASCII letters, digits or '-'.", nameof(companyId));
        }

        if (ExternalKeyRules.Check(rootDepartmentKey) is string problem)
        {
            throw new ArgumentException(problem, nameof(rootDepartmentKey));
        }

        var company = new WorkplaceCompany(companyId, rootDepartmentKey);
        company.Departments.Add(DepartmentResource.CreateRoot(company, rootDepartmentName));
        if (!_companies.TryAdd(companyId, company))
        {
            throw new InvalidOperationException($"Company '{companyId}' already exists.");
        }
    }

    private WorkplaceCredentials Issue(string accessKey, string secretKey, string[] companyIds)
    {
        if (!_accessKeys.TryAdd(accessKey, new WorkplaceAccessKey(accessKey, secretKey, companyIds)))
        {
            throw new InvalidOperationException($"Access key '{accessKey}' already exists.");
        }

        return new WorkplaceCredentials(accessKey, secretKey, companyIds[0]);
    }

    private WorkplaceCompany RequireCompany(string companyId) =>
        FindCompany(companyId) ?? throw new ArgumentException($"Company '{companyId}' does not exist.", nameof(companyId));
}
