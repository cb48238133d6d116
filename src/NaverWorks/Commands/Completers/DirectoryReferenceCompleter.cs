using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NaverWorks.Api;
using NaverWorks.Provisioning;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// Completes org units, positions or levels from the same listing that resolves names in bulk imports
    /// (<see cref="DirectoryLookup"/>). The typed word matches a name (any language), an id or an external key;
    /// the menu shows the org-unit path. Name parameters get the name (or the id when the name is not unique, so
    /// the value still names one object); id parameters get the id; a word starting with externalKey: gets
    /// externalKey:KEY.
    /// </summary>
    public abstract class DirectoryReferenceCompleter : SessionCompleter<WorksSession>
    {

        /// <summary>What is completed.</summary>
        protected abstract ReferenceKind Kind { get; }

        /// <summary>True for id parameters (-OrgUnitId), false for name parameters (-OrgUnit).</summary>
        protected abstract bool InsertsId { get; }

        /// <inheritdoc />
        protected override IEnumerable<CompletionResult> Complete(WorksSession session, CompletionRequest request)
        {
            int? domain = request.Number("DomainId") is int d && d > 0 ? d : session.DomainId;
            IReadOnlyList<DirectoryLookup.Entry>? entries = Cached(session, $"{Kind}:{domain}",
                context => new DirectoryLookup(session.Transport, domain).LoadAsync(Kind, context));
            if (entries is null) return Array.Empty<CompletionResult>();

            Dictionary<string, string> paths = TreePaths.Of(entries, e => e.Id, e => e.ParentId, e => e.Name);
            var nameCounts = entries.Where(e => e.Name is not null).GroupBy(e => e.Name!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
            string word = CompletionText.Unquoted(request.Word);
            bool byKey = word.StartsWith(ExternalKeyReference.Prefix, StringComparison.OrdinalIgnoreCase);
            string keyWord = byKey ? word.Substring(ExternalKeyReference.Prefix.Length) : "";

            return entries
                .Where(e => byKey
                    ? e.ExternalKey is not null && CompletionText.Matches(keyWord, e.ExternalKey)
                    : CompletionText.Matches(word, new[] { e.Name, e.Id, e.ExternalKey }.Concat(e.OtherNames).ToArray()))
                .OrderBy(e => paths[e.Id], StringComparer.CurrentCultureIgnoreCase)
                .Select(e =>
                {
                    string path = paths[e.Id];
                    string value = byKey ? ExternalKeyReference.For(e.ExternalKey!)
                        : InsertsId || e.Name is null || nameCounts[e.Name] > 1 ? e.Id
                        : e.Name;
                    string tip = e.ExternalKey is null ? $"{path} ({e.Id})" : $"{path} ({e.Id}, externalKey:{e.ExternalKey})";
                    return CompletionText.Result(value, request.Word, path, tip);
                });
        }
    }
}
