using System.Globalization;

namespace NaverWorks.Soak;

/// <summary>The soak's command-line options, with the defaults of the committed 30-minute run.</summary>
internal sealed class SoakOptions
{
    public const string Usage = """
        Usage: NaverWorks.Soak [options]
          --minutes <n>              how long the mixed loop runs (default 30; 2 checks the harness)
          --rate <r>                 requests per minute per operation, for the emulator and both sessions (default 1200)
          --batch <n>                users created, changed and removed per cycle (default 20)
          --events <n>               calendar events created, listed and removed per cycle (default 5)
          --employees <n>            WORKPLACE employees created, listed and removed per cycle (default 5)
          --seed-users <n>           members the emulator starts with, listed every cycle (default 1000)
          --resident-employees <n>   WORKPLACE employees created once at setup, listed every cycle (default 200)
          --token-lifetime <s>       access-token lifetime, so the session renews its token during the run (default 1200)
          --sample-seconds <s>       sampling interval (default 30)
          --csv <path>               samples file (default bench/results/soak-<minutes>min.csv)
        """;

    public double Minutes { get; private set; } = 30;
    public int Rate { get; private set; } = 1200;
    public int Batch { get; private set; } = 20;
    public int Events { get; private set; } = 5;
    public int Employees { get; private set; } = 5;
    public int SeedUsers { get; private set; } = 1000;
    public int ResidentEmployees { get; private set; } = 200;
    public int TokenLifetimeSeconds { get; private set; } = 600;
    public double SampleSeconds { get; private set; } = 30;
    public string? CsvPath { get; private set; }

    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);

    /// <summary>The options, or null after printing the usage (an unknown option or --help).</summary>
    public static SoakOptions? Parse(string[] args)
    {
        var o = new SoakOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{name} needs a value");
            double Number() => double.Parse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture);
            switch (name)
            {
                case "--minutes": o.Minutes = Number(); break;
                case "--rate": o.Rate = (int)Number(); break;
                case "--batch": o.Batch = (int)Number(); break;
                case "--events": o.Events = (int)Number(); break;
                case "--employees": o.Employees = (int)Number(); break;
                case "--seed-users": o.SeedUsers = (int)Number(); break;
                case "--resident-employees": o.ResidentEmployees = (int)Number(); break;
                case "--token-lifetime": o.TokenLifetimeSeconds = (int)Number(); break;
                case "--sample-seconds": o.SampleSeconds = Number(); break;
                case "--csv": o.CsvPath = Value(); break;
                default:
                    Console.Error.WriteLine(name is "--help" or "-h" ? Usage : $"unknown option {name}\n\n{Usage}");
                    return null;
            }
        }
        return o;
    }
}
