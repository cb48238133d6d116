using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NaverWorks.Models
{
    /// <summary>
    /// Base of every model: fields the model does not know are kept here, so nothing the API returns is
    /// lost and a PUT built from a GET sends them back unchanged.
    /// </summary>
    public abstract class WorksObject
    {
        /// <summary>Fields of the API's JSON that this type does not model, as received.</summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
    }
}
