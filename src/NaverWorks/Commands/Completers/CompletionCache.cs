using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// What the completers have listed, per session: pressing Tab again within a few minutes costs no request, and
    /// a listing still running when the completer stops waiting goes on in the background, so the next Tab finds
    /// it. A failed listing (no scope, network down) is forgotten soon, so the next try asks again.
    /// </summary>
    internal sealed class CompletionCache
    {
        private static readonly ConditionalWeakTable<ISession, CompletionCache> BySession = new ConditionalWeakTable<ISession, CompletionCache>();

        private readonly object _sync = new object();
        private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);

        /// <summary>How long a listing is reused.</summary>
        public static TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(3);

        /// <summary>How long a failed listing is remembered before it is tried again.</summary>
        public static TimeSpan FailureLifetime { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>The most a background listing may take; a slower one is cancelled.</summary>
        public static TimeSpan LoadLimit { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>How long Tab waits for a listing before it shows nothing (the listing goes on).</summary>
        public static TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(3);

        /// <summary>The cache of <paramref name="session"/>; it goes away with the session.</summary>
        public static CompletionCache Of(ISession session) => BySession.GetValue(session, _ => new CompletionCache());

        /// <summary>
        /// The listing named <paramref name="key"/>, started with <paramref name="load"/> when there is none yet (or it
        /// is stale); null when it is not ready within <see cref="Wait"/> or it failed.
        /// </summary>
        public T? Get<T>(string key, Func<RequestContext, Task<T>> load) where T : class
        {
            Entry entry;
            lock (_sync)
            {
                if (!_entries.TryGetValue(key, out entry!) || entry.IsStale(DateTime.UtcNow))
                {
                    entry = Entry.Start(async context => await load(context).ConfigureAwait(false));
                    _entries[key] = entry;
                }
            }
            try
            {
                if (!entry.Task.Wait(Wait)) return null;
            }
            catch (AggregateException)
            {
                return null;
            }
            return entry.Task.Result as T;
        }

        private sealed class Entry
        {
            private readonly DateTime _started = DateTime.UtcNow;
            private DateTime _finished;

            private Entry() => Task = System.Threading.Tasks.Task.FromResult<object?>(null);

            public Task<object?> Task { get; private set; }

            public static Entry Start(Func<RequestContext, Task<object?>> load)
            {
                var entry = new Entry();
                var stop = new CancellationTokenSource(LoadLimit);
                // Nobody watches a background listing: it logs nothing, and stops by itself after LoadLimit.
                var context = new RequestContext(NullHttpLog.Instance, stop.Token);
                entry.Task = System.Threading.Tasks.Task.Run(async () =>
                {
                    try
                    {
                        return await load(context).ConfigureAwait(false);
                    }
                    finally
                    {
                        entry._finished = DateTime.UtcNow;
                        stop.Dispose();
                    }
                });
                // Observed here, so a failure nobody asks about again is not an unobserved-task exception.
                entry.Task.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                return entry;
            }

            public bool IsStale(DateTime now)
            {
                if (!Task.IsCompleted) return now - _started > LoadLimit;
                TimeSpan kept = Task.Status == TaskStatus.RanToCompletion ? Lifetime : FailureLifetime;
                return now - _finished > kept;
            }
        }
    }
}
