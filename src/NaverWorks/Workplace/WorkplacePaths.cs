using System;
using System.Globalization;

namespace NaverWorks.Workplace;

/// <summary>
/// Builds WORKPLACE organization API request targets
/// (<c>/organization/apigw/v2/company/{companyId}/{resource}[/{externalKey}][?offset=&amp;limit=]</c>).
/// </summary>
/// <remarks>
/// Every variable part is escaped with <see cref="Uri.EscapeDataString"/>, which leaves nothing that
/// <see cref="Uri"/> or the HTTP stack would escape again. The string returned is therefore both what
/// goes on the wire and what must be signed: put it in the request URI and sign
/// <c>RequestUri.PathAndQuery</c> (see <see cref="ApiGatewaySigner.Apply"/>).
/// </remarks>
public static class WorkplacePaths
{
    /// <summary>The fixed prefix of every organization v2 request target.</summary>
    public const string CompanyPrefix = "/organization/apigw/v2/company/";

    /// <summary>The path segment of a resource, e.g. <c>empType</c> for <see cref="WorkplaceResource.EmploymentType"/>.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The case-sensitive path segment.</returns>
    public static string Segment(WorkplaceResource resource) => resource switch
    {
        WorkplaceResource.Department => "department",
        WorkplaceResource.Employee => "employee",
        WorkplaceResource.Grade => "grade",
        WorkplaceResource.Job => "job",
        WorkplaceResource.EmploymentType => "empType",
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "Unknown WORKPLACE resource."),
    };

    /// <summary>The collection target without paging, e.g. <c>…/company/{companyId}/department</c>.</summary>
    /// <param name="companyId">The company ID (connection key).</param>
    /// <param name="resource">The resource.</param>
    /// <returns>An escaped origin-form path.</returns>
    public static string Collection(string companyId, WorkplaceResource resource) =>
        CompanyPrefix + EscapeSegment(companyId, nameof(companyId)) + "/" + Segment(resource);

    /// <summary>The collection target with paging, e.g. <c>…/department?offset=0&amp;limit=100</c> (offset first, as in the official example).</summary>
    /// <param name="companyId">The company ID (connection key).</param>
    /// <param name="resource">The resource.</param>
    /// <param name="offset">Zero-based row offset.</param>
    /// <param name="limit">Page size, at least 1.</param>
    /// <returns>An escaped origin-form path and query.</returns>
    public static string Collection(string companyId, WorkplaceResource resource, long offset, int limit)
    {
        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset must not be negative.");
        }

        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be at least 1.");
        }

        return Collection(companyId, resource)
            + "?offset=" + offset.ToString(CultureInfo.InvariantCulture)
            + "&limit=" + limit.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The item target, e.g. <c>…/company/{companyId}/employee/{externalKey}</c>.</summary>
    /// <param name="companyId">The company ID (connection key).</param>
    /// <param name="resource">The resource.</param>
    /// <param name="externalKey">The customer-side key; escaped here, pass it unescaped.</param>
    /// <returns>An escaped origin-form path.</returns>
    public static string Item(string companyId, WorkplaceResource resource, string externalKey) =>
        Collection(companyId, resource) + "/" + EscapeSegment(externalKey, nameof(externalKey));

    private static string EscapeSegment(string value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("A path segment must not be empty.", parameterName);
        }

        // EscapeDataString leaves '.' alone, and "." / ".." segments are collapsed by Uri and by servers,
        // so the key would silently address a different resource.
        if (value == "." || value == "..")
        {
            throw new ArgumentException("'.' and '..' cannot be used as a path segment.", parameterName);
        }

        return Uri.EscapeDataString(value);
    }
}
