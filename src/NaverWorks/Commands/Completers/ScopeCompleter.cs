using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes the documented NAVER WORKS OAuth scopes.</summary>
    public sealed class ScopeCompleter : IArgumentCompleter
    {
        /// <summary>The scopes named in the API 2.0 documentation.</summary>
        public static readonly string[] Scopes =
        {
            "audit.read", "board", "board.read", "bot", "bot.message", "bot.read", "calendar", "calendar.read",
            "contact", "contact.read", "directory", "directory.read", "email", "file", "file.read", "form", "form.read",
            "group", "group.folder", "group.folder.read", "group.note", "group.note.read", "group.read",
            "mail", "mail.read", "monitoring.read", "openid", "orgunit", "orgunit.read", "partner", "partner.read",
            "profile", "security.external-browser", "security.external-browser.read", "task", "task.read",
            "user", "user.email.read", "user.profile.read", "user.read",
        };

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(Scopes, wordToComplete).Select(s => new CompletionResult(s, s, CompletionResultType.ParameterValue, s));
    }
}
