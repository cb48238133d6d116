using System.Text.Json;

namespace NaverWorks.Soak;

/// <summary>What the emulator writes to its <c>--info-file</c>: endpoints and the demo credentials.</summary>
internal sealed record EmulatorInfo(
    string ApiEndpoint,
    string AuthEndpoint,
    string WorkplaceEndpoint,
    string ClientId,
    string ClientSecret,
    string ServiceAccount,
    string PrivateKeyPath,
    string[] Scopes,
    EmulatorInfo.WorkplaceKeys Workplace)
{
    /// <summary>The WORKPLACE half's demo access key.</summary>
    public sealed record WorkplaceKeys(string AccessKey, string SecretKey, string CompanyId);

    public static EmulatorInfo Read(string path) =>
        JsonSerializer.Deserialize<EmulatorInfo>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidDataException("empty emulator info file " + path);
}
