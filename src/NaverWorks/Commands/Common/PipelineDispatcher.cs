using System;
using System.Collections.Concurrent;
using System.Threading;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// PowerShell lets only the pipeline thread write objects, errors and messages. Worker threads post
    /// their writes here; the pipeline thread runs them while it waits for the work to finish.
    /// </summary>
    internal sealed class PipelineDispatcher : IDisposable
    {
        private readonly ConcurrentQueue<Action> _pending = new ConcurrentQueue<Action>();
        // No spinning before blocking: the thread that would finish the awaited work (an HTTP completion, and on
        // loopback the emulator) needs the CPU a spinning pipeline thread would take, most of all on two cores.
        private readonly ManualResetEventSlim _signal = new ManualResetEventSlim(false, spinCount: 0);

        /// <summary>Queues a write (any thread).</summary>
        public void Post(Action write)
        {
            _pending.Enqueue(write);
            Wake();
        }

        /// <summary>Wakes the pipeline thread to re-check its condition (any thread).</summary>
        public void Wake() => _signal.Set();

        /// <summary>Runs queued writes (pipeline thread).</summary>
        public void Drain()
        {
            while (_pending.TryDequeue(out var write)) write();
        }

        /// <summary>Runs queued writes until <paramref name="task"/> has finished (pipeline thread); wakes as soon as it does.</summary>
        public void RunUntil(System.Threading.Tasks.Task task)
        {
            if (!task.IsCompleted)
                task.ContinueWith(_ => Wake(), System.Threading.CancellationToken.None, System.Threading.Tasks.TaskContinuationOptions.ExecuteSynchronously, System.Threading.Tasks.TaskScheduler.Default);
            RunUntil(() => task.IsCompleted);
        }

        /// <summary>Runs queued writes until <paramref name="done"/> holds (pipeline thread).</summary>
        public void RunUntil(Func<bool> done, Action? onWake = null)
        {
            while (true)
            {
                // Reset before looking: a wake-up that lands after this point leaves the event set, so none is lost.
                _signal.Reset();
                Drain();
                onWake?.Invoke();
                if (done())
                {
                    Drain();
                    return;
                }
                // The timeout only guards against a missed wake-up; normal progress is signalled.
                _signal.Wait(200);
            }
        }

        public void Dispose() => _signal.Dispose();
    }
}
