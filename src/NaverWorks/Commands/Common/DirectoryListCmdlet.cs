using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Paging;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Base of the list cmdlets (SupportsPaging): -PageSize and -Cursor, and one way to write a list as its pages
    /// arrive. -First/-Skip go to the pager, so -First 3 asks the service for three items once; with a client-side
    /// filter (-Name) they apply to what passes the filter instead. Each page's cursor goes to -Verbose, so a
    /// listing stopped half-way can be resumed with -Cursor.
    /// </summary>
    public abstract class DirectoryListCmdlet : DirectoryCmdlet
    {
        /// <summary>Items per request (1–100; the API's maximum is 100).</summary>
        [Parameter]
        [ValidateRange(1, 100)]
        public int PageSize { get; set; } = 100;

        /// <summary>Start from this cursor (shown with -Verbose for every page) instead of the beginning.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Cursor { get; set; }

        /// <summary>Writes every item <paramref name="list"/> yields for the pager options, as pages arrive.</summary>
        /// <param name="activity">Progress activity, e.g. "Listing users".</param>
        /// <param name="list">Starts the listing with the given pager options.</param>
        /// <param name="keep">A client-side filter, or null.</param>
        protected void WriteList<T>(string activity, Func<PagerOptions, IAsyncEnumerable<T>> list, Func<T, bool>? keep = null)
        {
            var output = new PagedOutput(this, activity);
            PagerOptions options = output.Options(PageSize, Cursor);
            options.ReadAhead = true;
            Action<PageProgress>? progress = options.OnPage;
            options.OnPage = p =>
            {
                progress?.Invoke(p);
                if (!string.IsNullOrEmpty(p.Next)) Context.Log.Verbose($"{activity}: page {p.Pages}, {p.Items} so far; to resume after it use -Cursor '{p.Next}'.");
            };
            if (keep is null)
            {
                output.Write(list(options));
                return;
            }
            ulong skip = options.Skip, first = options.First;
            options.Skip = 0;
            options.First = ulong.MaxValue;
            options.PageSize = 100;
            output.Write(AsyncStream.Filter(list(options), keep, skip, first));
        }

        /// <summary>Writes the objects named by <paramref name="ids"/>, one request each; a missing one is a non-terminating error.</summary>
        /// <param name="ids">Ids (or other forms the API takes, such as externalKey:KEY).</param>
        /// <param name="noun">What an id names, for errors ("Org unit").</param>
        /// <param name="get">Reads one object.</param>
        protected void WriteById<T>(IEnumerable<string> ids, string noun, Func<string, RequestContext, Task<T>> get)
        {
            foreach (string raw in ids)
            {
                string id = raw.Trim();
                try
                {
                    WriteObject(Run(c => get(id, c)));
                }
                catch (Exception ex) when (ex is WorksApiException || ex is ArgumentException)
                {
                    WriteError(ex, raw, $"{noun} '{raw}'");
                }
            }
        }

        /// <summary>A -Name filter: wildcards as in -like, otherwise an exact match; case-insensitive either way. Null keeps everything.</summary>
        protected static Func<T, bool>? NameFilter<T>(string? name, Func<T, string?> nameOf)
        {
            if (string.IsNullOrEmpty(name)) return null;
            var pattern = WildcardPattern.ContainsWildcardCharacters(name)
                ? new WildcardPattern(name, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)
                : null;
            return item =>
            {
                string? value = nameOf(item);
                if (value is null) return false;
                return pattern?.IsMatch(value) ?? string.Equals(value, name, StringComparison.OrdinalIgnoreCase);
            };
        }
    }
}
