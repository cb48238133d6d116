using System;
using System.Net;
using System.Threading.Tasks;
using NaverWorks.Emulator;
using NaverWorks.Emulator.Workplace;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

public sealed class WorkplaceRateLimitTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);

    [Fact]
    public async Task Past_the_per_minute_limit_the_gateway_answers_429_code_420_creates_nothing_and_recovers_as_the_bucket_refills()
    {
        await using var gateway = await LimitedGateway.StartAsync(perMinute: 3);
        WorkplaceTestClient client = gateway.Client(gateway.Company);
        Task<WorkplaceReply> Create(int n) => client.CreateAsync(WorkplaceResource.Employee, $"emp{n}", WorkplaceBodies.Employee($"user{n}@example.com", WorkplaceBodies.Root));

        // A minute's worth (3) goes at once.
        for (int n = 1; n <= 3; n++) WorkplaceAssert.Status(await Create(n), HttpStatusCode.Created);

        WorkplaceReply refused = await Create(4);
        Assert.Contains("POST /employee/{externalKey}", WorkplaceAssert.Gateway(refused, HttpStatusCode.TooManyRequests, "420", "Rate Limited"));
        Assert.False(refused.Headers.Contains("Retry-After"));
        Assert.Null(gateway.Host.Tenant.Find(gateway.Company.CompanyId, WorkplaceResourceNames.Employee, "emp4"));
        Assert.Equal(1, gateway.Limits.Rejected);

        // Buckets are per operation: reading is not held back by the spent create budget.
        WorkplaceAssert.Status(await client.GetAsync(WorkplaceResource.Employee, "emp1"), HttpStatusCode.OK);

        // One slot accrues every 20 s at 3 a minute: just before, still refused; after it, accepted; then spent again.
        gateway.Clock.Now = Start.AddSeconds(19.5);
        WorkplaceAssert.Gateway(await Create(4), HttpStatusCode.TooManyRequests, "420", "Rate Limited");
        gateway.Clock.Now = Start.AddSeconds(20.5);
        WorkplaceAssert.Status(await Create(4), HttpStatusCode.Created);
        WorkplaceAssert.Gateway(await Create(5), HttpStatusCode.TooManyRequests, "420", "Rate Limited");
        Assert.Equal(4, gateway.Host.Tenant.Count(gateway.Company.CompanyId, WorkplaceResourceNames.Employee));
    }

    [Fact]
    public async Task Each_access_key_has_its_own_budget_and_a_limit_of_zero_turns_limiting_off()
    {
        await using var gateway = await LimitedGateway.StartAsync(perMinute: 1);
        WorkplaceTestClient first = gateway.Client(gateway.Company);
        WorkplaceTestClient second = gateway.Client(gateway.Host.Tenant.AddCredentials(gateway.Company.CompanyId));

        WorkplaceAssert.Status(await first.ListAsync(WorkplaceResource.Department), HttpStatusCode.OK);
        WorkplaceAssert.Gateway(await first.ListAsync(WorkplaceResource.Department), HttpStatusCode.TooManyRequests, "420", "Rate Limited");
        WorkplaceAssert.Status(await second.ListAsync(WorkplaceResource.Department), HttpStatusCode.OK);

        gateway.Limits.PerMinute = 0;
        for (int i = 0; i < 5; i++) WorkplaceAssert.Status(await first.ListAsync(WorkplaceResource.Department), HttpStatusCode.OK);
    }

    /// <summary>A WORKPLACE host with the gateway limit on, a hand-set clock driving both signatures and refills, and a company of its own.</summary>
    private sealed class LimitedGateway(ManualTimeProvider clock, RateLimits limits, WorkplaceEmulatorHost host) : IAsyncDisposable
    {
        public ManualTimeProvider Clock => clock;

        public RateLimits Limits => limits;

        public WorkplaceEmulatorHost Host => host;

        public WorkplaceCredentials Company { get; } = host.Tenant.AddCompany();

        public static async Task<LimitedGateway> StartAsync(int perMinute)
        {
            var clock = new ManualTimeProvider(Start);
            var limits = new RateLimits(perMinute, clock);
            return new LimitedGateway(clock, limits, await WorkplaceEmulatorHost.StartAsync(clock, rateLimits: limits));
        }

        public WorkplaceTestClient Client(WorkplaceCredentials credentials) => host.Client(credentials, () => clock.Now);

        public ValueTask DisposeAsync() => host.DisposeAsync();
    }
}
