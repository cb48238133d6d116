using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// Base of the completers that ask the service: through the session given with -Session on the line, else the
    /// runspace's current one; with a short wait and a per-session cache (<see cref="CompletionCache"/>). Without a
    /// session it offers nothing, and it never throws: a completer error would only break the Tab key.
    /// </summary>
    /// <typeparam name="TSession">WORKS or WORKPLACE.</typeparam>
    public abstract class SessionCompleter<TSession> : IArgumentCompleter where TSession : class, ISession
    {
        /// <summary>The most results offered: more than this is a list nobody reads; typing more narrows it.</summary>
        protected const int MostResults = 200;

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var request = new CompletionRequest(commandName, parameterName, wordToComplete, fakeBoundParameters);
                TSession? session = request.Bound("Session") as TSession ?? SessionRegistry<TSession>.Default;
                if (session is null) return Array.Empty<CompletionResult>();
                return Complete(session, request).Take(MostResults).ToList();
            }
            catch (Exception)
            {
                // Whatever went wrong (a refused listing, a cancelled one), Tab must still work.
                return Array.Empty<CompletionResult>();
            }
        }

        /// <summary>The results for one Tab press (enumerated inside the completer's guard).</summary>
        protected abstract IEnumerable<CompletionResult> Complete(TSession session, CompletionRequest request);

        /// <summary>
        /// The listing named <paramref name="key"/> for <paramref name="session"/>, from the cache or started now; null
        /// while it is still running after the short wait, or when it failed.
        /// </summary>
        protected static T? Cached<T>(TSession session, string key, Func<RequestContext, Task<T>> load) where T : class =>
            CompletionCache.Of(session).Get(key, load);
    }
}
