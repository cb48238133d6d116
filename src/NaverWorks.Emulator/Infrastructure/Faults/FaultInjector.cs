using System.Collections.Concurrent;
using NaverWorks.Emulator.Infrastructure;
using NaverWorks.Emulator.Infrastructure.Faults;

namespace NaverWorks.Emulator;

/// <summary>
/// Makes the emulator misbehave the way networks and real services do, so clients' retry and
/// recovery paths can be tested: random transient 5xx answers, writes that commit and then fail,
/// latency, and one-shot <see cref="FaultRule"/>s. Thread-safe; every knob can change at run time.
/// Random faults and latency never touch the auth server (<c>/oauth2/…</c>).
/// </summary>
public sealed class FaultInjector
{
    private static readonly int[] TransientStatuses = [500, 502, 503];

    private readonly Lock _sync = new();
    private readonly LinkedList<PendingRule> _rules = new();
    private readonly ConcurrentDictionary<string, int> _counters = new(StringComparer.Ordinal);
    private Random _random = new();
    private int? _seed;

    /// <summary>Share (0–1) of requests answered 500, 502 or 503 before anything is done.</summary>
    public double TransientFailureRate { get; set; }

    /// <summary>Share (0–1) of non-GET requests that are performed and then answered 500 or dropped.</summary>
    public double CommitThenFailRate { get; set; }

    /// <summary>Lower bound of the random delay added to each request.</summary>
    public TimeSpan LatencyMin { get; set; }

    /// <summary>Upper bound of the random delay added to each request.</summary>
    public TimeSpan LatencyMax { get; set; }

    /// <summary>Seed of the random source; setting it makes the fault sequence reproducible.</summary>
    public int? Seed
    {
        get => _seed;
        set
        {
            lock (_sync)
            {
                _seed = value;
                _random = value is null ? new Random() : new Random(value.Value);
            }
        }
    }

    /// <summary>Rules not yet used up.</summary>
    public int PendingRules
    {
        get
        {
            lock (_sync)
            {
                return _rules.Count;
            }
        }
    }

    /// <summary>Random 5xx answers injected by <see cref="TransientFailureRate"/>.</summary>
    public int TransientFailures => Counter("Transient");

    /// <summary>Requests that were performed and then failed (by rate or by rule).</summary>
    public int CommitThenFailures => Counter(nameof(FaultKind.CommitThenFail));

    /// <summary>Connections dropped (by an <see cref="FaultKind.AbortConnection"/> rule or a commit-then-fail).</summary>
    public int AbortedConnections => Counter("Aborted");

    /// <summary>Requests a <see cref="FaultRule"/> applied to.</summary>
    public int RuleHits => Counter("Rule");

    /// <summary>Every fault injected, of any kind.</summary>
    public int TotalInjected => Counter("Total");

    /// <summary>Faults of one kind injected by rules (and, for <see cref="FaultKind.CommitThenFail"/>, by rate).</summary>
    public int Injected(FaultKind kind) => Counter(kind.ToString());

    /// <summary>Queues a one-shot rule; rules are tried in the order they were queued.</summary>
    public void Enqueue(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Times, 1);
        lock (_sync)
        {
            _rules.AddLast(new PendingRule(rule, rule.Times));
        }
    }

    /// <summary>Drops every queued rule.</summary>
    public void ClearRules()
    {
        lock (_sync)
        {
            _rules.Clear();
        }
    }

    /// <summary>Turns every fault off and zeroes the counters.</summary>
    public void Reset()
    {
        ClearRules();
        TransientFailureRate = 0;
        CommitThenFailRate = 0;
        LatencyMin = TimeSpan.Zero;
        LatencyMax = TimeSpan.Zero;
        _counters.Clear();
    }

    internal TimeSpan NextDelay(bool isAuthServer)
    {
        if (isAuthServer || LatencyMax <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var min = LatencyMin < TimeSpan.Zero ? TimeSpan.Zero : LatencyMin;
        var max = LatencyMax < min ? min : LatencyMax;
        lock (_sync)
        {
            return min + ((max - min) * _random.NextDouble());
        }
    }

    internal FaultDecision? Decide(string method, string path, bool isAuthServer)
    {
        lock (_sync)
        {
            for (var node = _rules.First; node is not null; node = node.Next)
            {
                if (!node.Value.Rule.Matches(method, path, isAuthServer))
                {
                    continue;
                }

                if (--node.Value.Remaining <= 0)
                {
                    _rules.Remove(node);
                }

                return FromRule(node.Value.Rule);
            }

            if (isAuthServer)
            {
                return null;
            }

            if (TransientFailureRate > 0 && _random.NextDouble() < TransientFailureRate)
            {
                var status = TransientStatuses[_random.Next(TransientStatuses.Length)];
                return new FaultDecision(FaultAction.Respond, "Transient", status, DefaultBody(status));
            }

            var isWrite = !HttpMethodKind.IsRead(method);
            if (isWrite && CommitThenFailRate > 0 && _random.NextDouble() < CommitThenFailRate)
            {
                return CommitThenFail();
            }

            return null;
        }
    }

    /// <summary>Counts a fault that actually reached the wire.</summary>
    internal void Record(FaultDecision decision)
    {
        const string rulePrefix = "Rule:";
        Increment("Total");
        if (decision.Label.StartsWith(rulePrefix, StringComparison.Ordinal))
        {
            Increment("Rule");
            Increment(decision.Label[rulePrefix.Length..]);
        }
        else
        {
            Increment(decision.Label);
        }

        if (decision.Action is FaultAction.Abort or FaultAction.CommitThenAbort)
        {
            Increment("Aborted");
        }
    }

    internal static string DefaultBody(int status) => status switch
    {
        400 => "{\"code\":\"BAD_REQUEST\",\"description\":\"Bad request\"}",
        401 => "{\"code\":\"UNAUTHORIZED\",\"description\":\"Authentication failed\"}",
        403 => "{\"code\":\"FORBIDDEN\",\"description\":\"Forbidden\"}",
        404 => "{\"code\":\"NOT_FOUND\",\"description\":\"Not found\"}",
        409 => "{\"code\":\"CONFLICT\",\"description\":\"Conflict\"}",
        429 => "{\"code\":\"TOO_MANY_REQUESTS\",\"description\":\"API rate limit exceeded\"}",
        502 => "{\"code\":\"BAD_GATEWAY\",\"description\":\"Bad gateway\"}",
        503 => "{\"code\":\"SERVICE_UNAVAILABLE\",\"description\":\"Service temporarily unavailable\"}",
        504 => "{\"code\":\"GATEWAY_TIMEOUT\",\"description\":\"Gateway timeout\"}",
        _ => "{\"code\":\"INTERNAL_SERVER_ERROR\",\"description\":\"Internal server error\"}",
    };

    private FaultDecision CommitThenFail() =>
        _random.Next(2) == 0
            ? new FaultDecision(FaultAction.CommitThenError, nameof(FaultKind.CommitThenFail), 500, DefaultBody(500))
            : new FaultDecision(FaultAction.CommitThenAbort, nameof(FaultKind.CommitThenFail));

    private FaultDecision FromRule(FaultRule rule)
    {
        var label = "Rule:" + rule.Kind;
        return rule.Kind switch
        {
            FaultKind.Status => new FaultDecision(FaultAction.Respond, label, rule.Status, rule.Body ?? DefaultBody(rule.Status), rule.ContentType, rule.Headers),
            FaultKind.HtmlErrorPage => new FaultDecision(
                FaultAction.Respond,
                label,
                rule.Status == 500 ? 502 : rule.Status,
                rule.Body ?? $"<html><head><title>{(rule.Status == 500 ? 502 : rule.Status)} Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>",
                rule.ContentType ?? "text/html; charset=UTF-8",
                rule.Headers),
            FaultKind.UnexpectedShape => new FaultDecision(FaultAction.Respond, label, 200, rule.Body ?? "{\"result\":\"OK\",\"data\":[{\"unexpected\":true}]}", rule.ContentType),
            FaultKind.AbortConnection => new FaultDecision(FaultAction.Abort, label),
            FaultKind.TruncatedJson => new FaultDecision(FaultAction.Truncate, label),
            FaultKind.CommitThenFail => CommitThenFail() with { Label = label },
            _ => throw new InvalidOperationException($"Unknown fault kind {rule.Kind}"),
        };
    }

    private int Counter(string name) => _counters.TryGetValue(name, out var n) ? n : 0;

    private void Increment(string name) => _counters.AddOrUpdate(name, 1, static (_, n) => n + 1);

    private sealed class PendingRule(FaultRule rule, int remaining)
    {
        public FaultRule Rule { get; } = rule;

        public int Remaining { get; set; } = remaining;
    }
}
