namespace NaverWorks.Emulator.Workplace;

/// <summary>An access key / secret key pair and the company it was issued for.</summary>
/// <remarks>A class, not a record, so the generated ToString cannot print the secret into test logs.</remarks>
public sealed class WorkplaceCredentials
{
    /// <summary>Creates a credentials value.</summary>
    public WorkplaceCredentials(string accessKey, string secretKey, string companyId)
    {
        AccessKey = accessKey;
        SecretKey = secretKey;
        CompanyId = companyId;
    }

    /// <summary>The access key ID (<c>x-ncp-iam-access-key</c>).</summary>
    public string AccessKey { get; }

    /// <summary>The secret key the signature is computed with.</summary>
    public string SecretKey { get; }

    /// <summary>The company (connection key) the key was issued for.</summary>
    public string CompanyId { get; }

    /// <inheritdoc />
    public override string ToString() => $"WorkplaceCredentials(AccessKey={AccessKey}, CompanyId={CompanyId})";
}
