using System;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// Completes -ExternalKey of Get-, Set- and Remove-Workplace*: the keys of the resource the command is named
    /// after (Get-WorkplaceDepartment → departments). New-Workplace* takes a new key, so nothing is offered there.
    /// </summary>
    public sealed class WorkplaceExternalKeyCompleter : WorkplaceKeyCompleter
    {
        private const string NounPrefix = "-Workplace";

        /// <inheritdoc />
        protected override WorkplaceResource? ResourceFor(CompletionRequest request)
        {
            string name = request.CommandName;
            int at = name.IndexOf(NounPrefix, StringComparison.OrdinalIgnoreCase);
            if (at <= 0 || name.StartsWith("New-", StringComparison.OrdinalIgnoreCase)) return null;
            string noun = name.Substring(at + NounPrefix.Length);
            return Enum.TryParse(noun, ignoreCase: true, out WorkplaceResource resource) ? resource : (WorkplaceResource?)null;
        }
    }
}
