using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Base of every NaverWorks cmdlet: Ctrl+C cancels the HTTP work within a second, async work runs while
    /// the pipeline thread writes its messages, and exceptions become ErrorRecords that say what to do.
    /// </summary>
    public abstract class NaverWorksCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private PipelineDispatcher? _dispatcher;
        private RequestContext? _context;

        internal PipelineDispatcher Dispatcher => _dispatcher ??= new PipelineDispatcher();

        /// <summary>Logging and cancellation for API calls made by this invocation.</summary>
        protected RequestContext Context => _context ??= new RequestContext(new PipelineHttpLog(this, Dispatcher, IsDebugWanted(), IsVerboseWanted()), _stop.Token);

        /// <summary>Signalled when the user stops the pipeline.</summary>
        protected CancellationToken StopToken => _stop.Token;

        /// <inheritdoc />
        protected override void StopProcessing() => _stop.Cancel();

        /// <summary>Runs async work to completion, writing its messages as they come.</summary>
        protected T Run<T>(Func<RequestContext, Task<T>> work)
        {
            Task<T> task = work(Context);
            Dispatcher.RunUntil(task);
            return Await(task);
        }

        /// <summary>Runs async work to completion, writing its messages as they come.</summary>
        protected void Run(Func<RequestContext, Task> work) => Run(async c =>
        {
            await work(c).ConfigureAwait(false);
            return true;
        });

        /// <summary>Returns a finished task's result, turning a user stop into PowerShell's stop.</summary>
        internal T Await<T>(Task<T> task)
        {
            if (task.IsCanceled && _stop.IsCancellationRequested) throw new PipelineStoppedException();
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>Writes a non-terminating error for <paramref name="exception"/>.</summary>
        protected void WriteError(Exception exception, object? target, string? subject = null) =>
            WriteError(ErrorRecordFactory.Create(exception, target, subject));

        /// <summary>Stops the cmdlet with an error for <paramref name="exception"/>.</summary>
        protected void ThrowTerminating(Exception exception, object? target, string? subject = null) =>
            ThrowTerminatingError(ErrorRecordFactory.Create(exception, target, subject));

        private bool IsVerboseWanted()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Verbose", out object? v) && v is SwitchParameter s) return s.IsPresent;
            return GetVariableValue("VerbosePreference") is ActionPreference p && p != ActionPreference.SilentlyContinue && p != ActionPreference.Ignore;
        }

        private bool IsDebugWanted()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Debug", out object? d) && d is SwitchParameter s) return s.IsPresent;
            return GetVariableValue("DebugPreference") is ActionPreference p && p != ActionPreference.SilentlyContinue;
        }

        /// <summary>Releases the invocation's cancellation source.</summary>
        public void Dispose()
        {
            _dispatcher?.Dispose();
            _stop.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
