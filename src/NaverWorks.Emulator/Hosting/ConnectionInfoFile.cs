using System.Text.Json;

namespace NaverWorks.Emulator.Hosting;

/// <summary>
/// The emulator's endpoints and demo credentials as JSON, for scripts that start it and then connect
/// (build.ps1 -Task Demo, the Pester suite). Owner-only, and deleted when the emulator stops.
/// </summary>
internal sealed class ConnectionInfoFile : IDisposable
{
    private readonly string _path;

    private ConnectionInfoFile(string path) => _path = path;

    public static ConnectionInfoFile Write(string path, EmulatorServer server, string privateKeyPath)
    {
        var demo = server.Demo;
        var workplace = server.Workplace.Demo;
        var info = new
        {
            apiEndpoint = server.ApiEndpoint,
            authEndpoint = server.AuthEndpoint,
            workplaceEndpoint = server.WorkplaceEndpoint,
            domainId = demo.DomainId,
            clientId = demo.ClientId,
            clientSecret = demo.ClientSecret,
            serviceAccount = demo.ServiceAccount,
            privateKeyPath,
            scopes = demo.Scopes,
            workplace = new { accessKey = workplace.AccessKey, secretKey = workplace.SecretKey, companyId = workplace.CompanyId },
        };
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, info, new JsonSerializerOptions { WriteIndented = true });
        }

        // Appears complete or not at all: a script polling for the file never reads half of it.
        File.Move(temp, full, overwrite: true);
        return new ConnectionInfoFile(full);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
        }
    }
}
