using System;
using System.Threading.Tasks;
using NaverWorks.Http;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>One input row of a New-Workplace* run: its position, what to create, and an optional check to pass first.</summary>
    internal sealed class WorkplaceRow<T> where T : WorkplaceObject
    {
        public WorkplaceRow(long row, T draft)
        {
            Row = row;
            Draft = draft;
        }

        /// <summary>1-based position in the input.</summary>
        public long Row { get; }

        /// <summary>The element to create.</summary>
        public T Draft { get; }

        /// <summary>The key the element is created under.</summary>
        public string Key => Draft.ExternalKey ?? "";

        /// <summary>A precondition run on the worker before the create (e.g. "the parent exists"); throws to fail the row.</summary>
        public Func<RequestContext, Task>? Before { get; set; }
    }
}
