using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Paging;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Completers
{
    /// <summary>
    /// Base of the WORKPLACE completers: the external keys of one resource (departments, employees, grades, jobs or
    /// employment types), matched on key or name; the menu shows department paths, names for the rest.
    /// </summary>
    public abstract class WorkplaceKeyCompleter : SessionCompleter<WorkplaceSession>
    {
        /// <summary>The resource whose keys complete this request, or null for none.</summary>
        protected abstract WorkplaceResource? ResourceFor(CompletionRequest request);

        /// <inheritdoc />
        protected override IEnumerable<CompletionResult> Complete(WorkplaceSession session, CompletionRequest request)
        {
            if (ResourceFor(request) is not WorkplaceResource resource) return Array.Empty<CompletionResult>();
            IReadOnlyList<KeyEntry>? entries = Cached(session, resource.ToString(), context => ListAsync(session, resource, context));
            if (entries is null) return Array.Empty<CompletionResult>();
            Dictionary<string, string> paths = resource == WorkplaceResource.Department
                ? TreePaths.Of(entries, e => e.Key, e => e.Parent, e => e.Name)
                : entries.ToDictionary(e => e.Key, e => e.Name ?? e.Key, StringComparer.Ordinal);
            return entries
                .Where(e => CompletionText.Matches(request.Word, e.Key, e.Name, e.Other))
                .OrderBy(e => paths[e.Key], StringComparer.CurrentCultureIgnoreCase)
                .Select(e => CompletionText.Result(e.Key, request.Word, paths[e.Key], e.Other is null ? $"{paths[e.Key]} ({e.Key})" : $"{paths[e.Key]} ({e.Key}, {e.Other})"));
        }

        private static Task<IReadOnlyList<KeyEntry>> ListAsync(WorkplaceSession session, WorkplaceResource resource, RequestContext context) => resource switch
        {
            WorkplaceResource.Department => ListAsync(session.Departments, d => new KeyEntry(d.ExternalKey, d.Name, d.ParentExternalKey, null), context),
            WorkplaceResource.Employee => ListAsync(session.Employees, e => new KeyEntry(e.ExternalKey, e.Name, null, e.LoginId), context),
            WorkplaceResource.Grade => ListAsync(session.Grades, c => new KeyEntry(c.ExternalKey, c.Name, null, null), context),
            WorkplaceResource.Job => ListAsync(session.Jobs, c => new KeyEntry(c.ExternalKey, c.Name, null, null), context),
            _ => ListAsync(session.EmploymentTypes, c => new KeyEntry(c.ExternalKey, c.Name, null, null), context),
        };

        private static async Task<IReadOnlyList<KeyEntry>> ListAsync<T>(WorkplaceResourceApi<T> api, Func<T, KeyEntry> entry, RequestContext context) where T : WorkplaceObject
        {
            var entries = new List<KeyEntry>();
            var options = new PagerOptions { PageSize = WorkplaceResourceApi<T>.MaxPageSize };
            await foreach (T item in Pager.StreamAsync<T>(api.ListPageAsync, options, context).ConfigureAwait(false))
            {
                KeyEntry e = entry(item);
                if (!string.IsNullOrEmpty(e.Key)) entries.Add(e);
            }
            return entries;
        }

        /// <summary>One element: its key, name, parent key (departments) and a second thing to know it by (login ID).</summary>
        private sealed class KeyEntry
        {
            public KeyEntry(string? key, string? name, string? parent, string? other)
            {
                Key = key ?? "";
                Name = name;
                Parent = parent;
                Other = other;
            }

            public string Key { get; }

            public string? Name { get; }

            public string? Parent { get; }

            public string? Other { get; }
        }
    }
}
