using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace NaverWorks.Workplace
{
    /// <summary>
    /// What differs between WORKPLACE resources on the wire: which element fields are the server's own
    /// (never sent back), what a body must carry besides the model's fields, and how to recognise an
    /// element as the one a create described. Everything else is one implementation for all five.
    /// </summary>
    internal abstract class ResourceShape<T> where T : WorkplaceObject
    {
        private static readonly string[] CommonReadOnly = { "tenantId", "companyId", "externalKey" };

        protected ResourceShape(WorkplaceResource resource, string noun, params string[] readOnlyFields)
        {
            Resource = resource;
            Noun = noun;
            var all = new HashSet<string>(CommonReadOnly, StringComparer.Ordinal);
            all.UnionWith(readOnlyFields);
            ReadOnlyFields = all;
        }

        /// <summary>The resource.</summary>
        public WorkplaceResource Resource { get; }

        /// <summary>What to call one element in messages, e.g. "department".</summary>
        public string Noun { get; }

        /// <summary>Element fields the server sets; a create or replace body leaves them out.</summary>
        public IReadOnlyCollection<string> ReadOnlyFields { get; }

        /// <summary>
        /// The optional fields Set-* -Clear can empty, by parameter name, with their wire names. A replace body that
        /// leaves a field out clears it, so clearing is leaving it out; required fields are not listed.
        /// </summary>
        public virtual IReadOnlyDictionary<string, string> ClearableFields { get; } = new Dictionary<string, string>();

        /// <summary>
        /// <see cref="ClearableFields"/> from wire names; the parameter names come from <see cref="WorkplaceFieldNames"/>,
        /// the one map between the two.
        /// </summary>
        protected static IReadOnlyDictionary<string, string> Clearable(params string[] wireFields) =>
            wireFields.ToDictionary(
                wire => WorkplaceFieldNames.ParameterFor(wire) ?? throw new InvalidOperationException($"No parameter sets '{wire}'."),
                wire => wire,
                StringComparer.OrdinalIgnoreCase);

        /// <summary>Adds what a create body needs beyond the draft's own fields (defaults, the key repeated in the body).</summary>
        public virtual void CompleteCreate(JsonObject body, string externalKey, T draft)
        {
        }

        /// <summary>Adds what a replace body needs beyond the merged fields.</summary>
        public virtual void CompleteReplace(JsonObject body, string externalKey, T current)
        {
        }

        /// <summary>True when <paramref name="found"/> is the element <paramref name="draft"/> created, not someone else's under the same key.</summary>
        public abstract bool Describes(T found, T draft);
    }
}
