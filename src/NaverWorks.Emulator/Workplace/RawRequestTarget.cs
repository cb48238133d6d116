using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// The request target exactly as it arrived, and its WORKPLACE parts. The signature is verified over
/// the raw target, never over ASP.NET's decoded <see cref="HttpRequest.Path"/>: a client that signs
/// one encoding and sends another must fail here as it would at the real gateway. The segments are
/// split on the raw '/' before unescaping, so an escaped "%2F" inside a key cannot split it.
/// </summary>
internal sealed class RawRequestTarget
{
    public const string CompanyPrefix = "/organization/apigw/v2/company/";

    private RawRequestTarget(string companyId, IReadOnlyList<string> segments)
    {
        CompanyId = companyId;
        Segments = segments;
    }

    /// <summary>The unescaped company id segment.</summary>
    public string CompanyId { get; }

    /// <summary>The unescaped segments after the company id: resource, then optional external key.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>The origin-form target as received (Kestrel's raw target; rebuilt from the request only if a server does not provide one).</summary>
    public static string Of(HttpContext context)
    {
        string? raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw))
        {
            return raw;
        }

        HttpRequest request = context.Request;
        return request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
    }

    /// <summary>Null when the raw target is not literally under <see cref="CompanyPrefix"/>.</summary>
    public static RawRequestTarget? Parse(string rawTarget)
    {
        int query = rawTarget.IndexOf('?');
        string path = query < 0 ? rawTarget : rawTarget[..query];
        if (!path.StartsWith(CompanyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = path[CompanyPrefix.Length..].Split('/');
        string companyId = Uri.UnescapeDataString(parts[0]);
        return companyId.Length == 0
            ? null
            : new RawRequestTarget(companyId, parts[1..].Select(Uri.UnescapeDataString).ToArray());
    }
}
