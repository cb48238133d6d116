using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NaverWorks.Workplace
{
    /// <summary>A list response: <c>{"elements":[…],"totalCount":n}</c>, where the count is the whole collection's.</summary>
    internal sealed class WorkplaceList<T>
    {
        [JsonPropertyName("elements")]
        public List<T>? Elements { get; set; }

        [JsonPropertyName("totalCount")]
        public long? TotalCount { get; set; }
    }
}
