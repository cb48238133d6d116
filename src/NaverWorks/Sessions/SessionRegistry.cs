using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace NaverWorks.Sessions
{
    /// <summary>
    /// The open sessions of each PowerShell runspace; the most recent connection is the default. Kept per
    /// runspace, not per process, so parallel runspaces (jobs, ForEach-Object -Parallel, tests) never
    /// silently share or replace each other's default.
    /// </summary>
    internal static class SessionRegistry<TSession> where TSession : class, ISession
    {
        private static readonly ConditionalWeakTable<object, List<TSession>> ByRunspace = new ConditionalWeakTable<object, List<TSession>>();
        private static readonly object ProcessKey = new object();

        private static List<TSession> Current => ByRunspace.GetValue((object?)Runspace.DefaultRunspace ?? ProcessKey, _ => new List<TSession>());

        public static void Add(TSession session)
        {
            var list = Current;
            lock (list) list.Add(session);
        }

        public static bool Remove(TSession session)
        {
            var list = Current;
            lock (list) return list.Remove(session);
        }

        /// <summary>The last connected session that is still open, or null.</summary>
        public static TSession? Default
        {
            get
            {
                var list = Current;
                lock (list) return list.LastOrDefault();
            }
        }

        public static IReadOnlyList<TSession> All
        {
            get
            {
                var list = Current;
                lock (list) return list.ToArray();
            }
        }
    }
}
