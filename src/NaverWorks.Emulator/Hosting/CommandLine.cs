using System.Globalization;

namespace NaverWorks.Emulator.Hosting;

/// <summary>Parses the command-line host's arguments into <see cref="EmulatorOptions"/>.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: NaverWorks.Emulator [options]
          --urls <url>              listen address, e.g. http://127.0.0.1:0 (port 0 picks a free port; default http://127.0.0.1:0)
          --seed-users <n>          Korean-named members to seed (default 0; the super admin always exists)
          --rate-limit <n>          requests per minute per operation per client app (default 240; 0 = unlimited)
          --workplace-rate-limit <n>  WORKPLACE requests per minute per operation per access key (default 0 = unlimited)
          --mail-domain <domain>    tenant mail domain (default example.com)
          --domain-id <n>           tenant domain id (default 10000001)
          --token-lifetime <s>      access-token lifetime in seconds (default 86400)
          --orgunit-interval <ms>   org-unit write pacing in milliseconds (default 1000; 0 = off)
          --refresh-rotation        issue a new refresh token on every refresh
          --latency <ms>            add this delay to every API answer, as a distant service would (default 0)
          --info-file <path>        write the endpoints and demo credentials as JSON to <path> once listening
                                    (for scripts that start the emulator; deleted on exit)
          --verbose                 log requests to the console
          --help                    show this help
        """;

    /// <summary>The options, or null with <paramref name="error"/> set (empty error: help was asked for).</summary>
    public static EmulatorOptions? Parse(string[] args, out string? error) => Parse(args, out error, out _);

    /// <summary>As <see cref="Parse(string[], out string?)"/>, also returning the host-only <c>--info-file</c> path.</summary>
    public static EmulatorOptions? Parse(string[] args, out string? error, out string? infoFile)
    {
        var options = new EmulatorOptions { Port = 0 };
        error = null;
        infoFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{name} needs a value");
            int Number() => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n : throw new FormatException($"{name} needs a non-negative integer");
            try
            {
                switch (name)
                {
                    case "--urls":
                        var url = new Uri(Value().Split(';')[0]);
                        if (url.Scheme != Uri.UriSchemeHttp)
                        {
                            throw new FormatException("--urls must be an http:// address");
                        }

                        options.Host = url.Host.Trim('[', ']');
                        options.Port = url.Port;
                        break;
                    case "--seed-users": options.SeedUsers = Number(); break;
                    case "--rate-limit": options.RateLimitPerMinute = Number(); break;
                    case "--workplace-rate-limit": options.WorkplaceRateLimitPerMinute = Number(); break;
                    case "--mail-domain": options.MailDomain = Value(); break;
                    case "--domain-id": options.DomainId = Number(); break;
                    case "--token-lifetime": options.AccessTokenLifetime = TimeSpan.FromSeconds(Number()); break;
                    case "--orgunit-interval": options.OrgUnitWriteInterval = TimeSpan.FromMilliseconds(Number()); break;
                    case "--refresh-rotation": options.RefreshTokenRotation = true; break;
                    case "--latency": options.Latency = TimeSpan.FromMilliseconds(Number()); break;
                    case "--info-file": infoFile = Value(); break;
                    case "--verbose": options.Quiet = false; break;
                    case "--help" or "-h" or "-?":
                        error = "";
                        return null;
                    default: throw new FormatException($"unknown option {name}");
                }
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
        }

        return options;
    }
}
