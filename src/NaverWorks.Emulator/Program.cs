using NaverWorks.Emulator;
using NaverWorks.Emulator.Hosting;

// Command-line host: run an emulated tenant until Ctrl+C and print how to connect to it.
var options = CommandLine.Parse(args, out var error);
if (options is null)
{
    (error == "" ? Console.Out : Console.Error).WriteLine(error == "" ? CommandLine.Usage : $"error: {error}\n\n{CommandLine.Usage}");
    return error == "" ? 0 : 2;
}

await using var server = await EmulatorServer.StartAsync(options);
using var key = DemoKeyFile.Write(server.Demo);
var demo = server.Demo;
Console.WriteLine($"""
    NAVER WORKS emulator listening on {server.BaseAddress}
      ApiEndpoint       {server.ApiEndpoint}
      AuthEndpoint      {server.AuthEndpoint}
      WorkplaceEndpoint {server.WorkplaceEndpoint}
      DomainId          {demo.DomainId}  (mail domain {options.MailDomain}, {server.Tenant.UserCount} users)
      ClientId          {demo.ClientId}
      ClientSecret      {demo.ClientSecret}
      ServiceAccount    {demo.ServiceAccount}
      PrivateKeyPath    {key.Path}
      Scopes            {string.Join(' ', demo.Scopes)}

    Connect-Works -ApiEndpoint '{server.ApiEndpoint}' -AuthEndpoint '{server.AuthEndpoint}' -ClientId '{demo.ClientId}' -ClientSecret '{demo.ClientSecret}' -ServiceAccount '{demo.ServiceAccount}' -PrivateKeyPath '{key.Path}'

    Press Ctrl+C to stop.
    """);
await server.WaitForShutdownAsync();
return 0;
