using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace NaverWorks.Workplace
{
    /// <summary>Job grades, job positions and employment types: one shape; <c>itemUsed</c> is required, so a new code is in use unless told otherwise.</summary>
    internal sealed class OrganizationCodeShape<T> : ResourceShape<T> where T : OrganizationCode
    {
        public OrganizationCodeShape(WorkplaceResource resource, string noun)
            : base(resource, noun)
        {
        }

        public override IReadOnlyDictionary<string, string> ClearableFields { get; } = Clearable("i18nNames");

        public override void CompleteCreate(JsonObject body, string externalKey, T draft)
        {
            if (body["itemUsed"] is null) body["itemUsed"] = true;
        }

        // Names are unique within each kind.
        public override bool Describes(T found, T draft) => string.Equals(found.Name, draft.Name, StringComparison.Ordinal);
    }
}
