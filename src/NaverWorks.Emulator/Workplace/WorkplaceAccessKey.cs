using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace NaverWorks.Emulator.Workplace;

/// <summary>An issued access key: its secret (as the UTF-8 bytes that key the HMAC) and the companies it may call.</summary>
internal sealed class WorkplaceAccessKey
{
    public WorkplaceAccessKey(string accessKey, string secretKey, IEnumerable<string> companyIds)
    {
        AccessKey = accessKey;
        SecretKeyUtf8 = Encoding.UTF8.GetBytes(secretKey);
        CompanyIds = companyIds.ToImmutableHashSet(StringComparer.Ordinal);
    }

    public string AccessKey { get; }

    public byte[] SecretKeyUtf8 { get; }

    public ImmutableHashSet<string> CompanyIds { get; }

    public override string ToString() => $"WorkplaceAccessKey({AccessKey})";
}
