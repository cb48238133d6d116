using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Api;
using NaverWorks.Http;
using NaverWorks.Paging;
using NaverWorks.Sessions;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes group ids; the typed word matches a group's name, email or id, and the menu shows the name.</summary>
    public sealed class GroupIdCompleter : SessionCompleter<WorksSession>
    {
        /// <inheritdoc />
        protected override IEnumerable<CompletionResult> Complete(WorksSession session, CompletionRequest request)
        {
            int? domain = request.Number("DomainId") is int d && d > 0 ? d : session.DomainId;
            IReadOnlyList<Group>? groups = Cached(session, $"Group:{domain}", context => ListAsync(session, domain, context));
            if (groups is null) return Array.Empty<CompletionResult>();
            return groups
                .Where(g => g.GroupId is not null && CompletionText.Matches(request.Word, g.Name, g.Email, g.GroupId, g.ExternalKey))
                .OrderBy(g => g.Name ?? g.GroupId, StringComparer.CurrentCultureIgnoreCase)
                .Select(g => CompletionText.Result(g.GroupId!, request.Word, g.Name ?? g.GroupId!,
                    g.Email is null ? $"{g.Name} ({g.GroupId})" : $"{g.Name} <{g.Email}> ({g.GroupId})"));
        }

        private static async Task<IReadOnlyList<Group>> ListAsync(WorksSession session, int? domain, RequestContext context)
        {
            var groups = new List<Group>();
            var options = new PagerOptions { PageSize = GroupsApi.MaxPageSize };
            await foreach (Group g in new GroupsApi(session.Transport).ListAsync(new ListQuery { DomainId = domain }, options, context).ConfigureAwait(false))
                groups.Add(g);
            return groups;
        }
    }
}
