using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using TimeZoneConverter;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// Completes IANA zone names (Asia/Se → Asia/Seoul) and Windows ones (Korea → 'Korea Standard Time'), for
    /// parameters that translate Windows names (<see cref="Calendar.TimeZoneTransformationAttribute"/>).
    /// </summary>
    public class TimeZoneCompleter : IArgumentCompleter
    {
        /// <summary>Whether Windows zone names are offered too (only where the parameter translates them).</summary>
        protected virtual bool IncludesWindowsNames => true;

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IEnumerable<string> names = TZConvert.KnownIanaTimeZoneNames;
            if (IncludesWindowsNames) names = names.Concat(TZConvert.KnownWindowsTimeZoneIds);
            return CompletionText.Matching(names, wordToComplete)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(n => n, StringComparer.OrdinalIgnoreCase)
                .Select(n => CompletionText.Result(n, wordToComplete, n, n));
        }
    }
}
