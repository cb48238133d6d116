using System;
using NaverWorks.Bulk;

namespace NaverWorks.Commands.Common
{
    /// <summary>What a bulk create writes and says, the same for every New-* cmdlet of both services.</summary>
    internal static class CreateReport
    {
        /// <summary>
        /// The created object, or nothing when -SkipExisting passed over an existing one. A skip, and a create whose
        /// answer was lost but which was found created, are said with -Verbose.
        /// </summary>
        /// <param name="outcome">How the create ended.</param>
        /// <param name="noun">What was created ("user", "unit", "employee").</param>
        /// <param name="subject">How the row is named in messages.</param>
        /// <param name="verbose">Where the verbose line goes (a worker's log, or WriteVerbose on the pipeline thread).</param>
        public static object? Written<T>(CreateOutcome<T> outcome, string noun, string subject, Action<string> verbose) where T : class
        {
            if (outcome.Existed)
            {
                verbose($"{subject}: already exists as {outcome.Id}; skipped.");
                return null;
            }
            if (outcome.Reconciled) verbose($"{subject}: the service's answer was lost, but the {noun} was created (found as {outcome.Id}); not sent again.");
            return outcome.Value;
        }
    }
}
