using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using TimeZoneConverter;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>Completes IANA zone names (Asia/Se → Asia/Seoul) and Windows ones (Korea → 'Korea Standard Time').</summary>
    public sealed class TimeZoneCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string word = (wordToComplete ?? "").Trim('\'', '"');
            return TZConvert.KnownIanaTimeZoneNames.Concat(TZConvert.KnownWindowsTimeZoneIds)
                .Where(n => n.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(n => n, StringComparer.OrdinalIgnoreCase)
                .Select(n => new CompletionResult(n.IndexOf(' ') >= 0 ? $"'{n}'" : n, n, CompletionResultType.ParameterValue, n));
        }
    }
}
