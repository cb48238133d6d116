using System.Diagnostics.Metrics;
using System.Globalization;

namespace NaverWorks.Soak;

/// <summary>
/// Counts the HTTP answers the module's HttpClients received, by status, from .NET's own <c>System.Net.Http</c>
/// metrics: the 429s seen on the wire without touching the module or asking it to log (its -Verbose lines would
/// themselves be allocations in the measured process). Also follows the open-connection gauge.
/// </summary>
internal sealed class WireCounter : IDisposable
{
    private readonly MeterListener _listener = new();

    public WireCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name is "http.client.request.duration" or "http.client.open_connections")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) => Request(tags));
        _listener.SetMeasurementEventCallback<long>((_, delta, _, _) => OpenConnections.Add(delta));
        _listener.Start();
    }

    /// <summary>Requests to the emulator that got an answer (any status).</summary>
    public Tally Responses { get; } = new();

    /// <summary>Answers with status 429.</summary>
    public Tally TooMany { get; } = new();

    /// <summary>Answers with a 4xx status other than 429: a 401 would mean the session let its token expire.</summary>
    public Tally ClientErrors { get; } = new();

    /// <summary>Answers with a 5xx status.</summary>
    public Tally ServerErrors { get; } = new();

    /// <summary>Requests that got no answer and were not cancelled by the caller (connection failures, timeouts).</summary>
    public Tally Failed { get; } = new();

    /// <summary>Requests the module cancelled itself: read-ahead no longer needed once -First was satisfied.</summary>
    public Tally Cancelled { get; } = new();

    /// <summary>Requests to any host but the emulator's loopback address (there should be none).</summary>
    public Tally OtherHosts { get; } = new();

    /// <summary>Connections the HttpClients hold open (active and idle), per their own gauge.</summary>
    public Tally OpenConnections { get; } = new();

    /// <summary>The last host other than the emulator, and the error.type of the last failed request: what they were.</summary>
    public string? OtherHost { get; private set; }

    public string? LastFailure { get; private set; }

    private void Request(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? error = null, server = null;
        int? status = null;
        foreach (var tag in tags)
        {
            switch (tag.Key)
            {
                case "error.type": error = tag.Value as string; break;
                case "server.address": server = tag.Value as string; break;
                case "http.response.status_code" when tag.Value is not null: status = Convert.ToInt32(tag.Value, CultureInfo.InvariantCulture); break;
            }
        }
        if (server is not null && server != "127.0.0.1")
        {
            // Not the emulator: something else in the process tried to reach the outside (counted, not judged as load).
            OtherHosts.Add();
            OtherHost = server;
        }
        else if (status is int s)
        {
            Responses.Add();
            (s == 429 ? TooMany : s >= 500 ? ServerErrors : s >= 400 ? ClientErrors : null)?.Add();
        }
        else if (error is not null && error.Contains("Cancel", StringComparison.OrdinalIgnoreCase))
        {
            Cancelled.Add();
        }
        else
        {
            // No status: error.type names the exception or the failure (connection_error, timeout …).
            Failed.Add();
            LastFailure = error;
        }
    }

    public void Dispose() => _listener.Dispose();
}
