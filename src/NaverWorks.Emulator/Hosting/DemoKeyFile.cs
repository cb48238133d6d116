namespace NaverWorks.Emulator.Hosting;

/// <summary>The demo app's private key written for <c>Connect-Works -PrivateKeyPath</c>: a private temp folder, a file only the owner can read.</summary>
internal sealed class DemoKeyFile : IDisposable
{
    private readonly string _folder;

    private DemoKeyFile(string folder, string path)
    {
        _folder = folder;
        Path = path;
    }

    public string Path { get; }

    public static DemoKeyFile Write(DemoApp app)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "naverworks-emulator-" + Guid.NewGuid().ToString("N")[..12]);
        var path = System.IO.Path.Combine(folder, $"{app.ClientId}.key");
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(folder);
        }
        else
        {
            System.IO.Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            // Created 0600 from the first byte, never briefly readable by others.
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, fileOptions))
        {
            writer.Write(app.PrivateKeyPem);
        }

        return new DemoKeyFile(folder, path);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
