using System.Collections.Generic;
using System.Text.Json.Serialization;
using NaverWorks.Models;

namespace NaverWorks
{
    /// <summary>
    /// A group (<c>GET /groups/{groupId}</c>): users, org units and other groups addressed together.
    /// Properties are named like the parameters of New-WorksGroup and Set-WorksGroup.
    /// </summary>
    public sealed class Group : WorksObject
    {
        /// <summary>Resource id (<c>group…</c>).</summary>
        public string? GroupId { get; set; }

        /// <summary>Name (<c>groupName</c> on the wire).</summary>
        [JsonPropertyName("groupName")]
        public string? Name { get; set; }

        /// <summary>Description.</summary>
        public string? Description { get; set; }

        /// <summary>Group mailing address (<c>groupEmail</c> on the wire).</summary>
        [JsonPropertyName("groupEmail")]
        public string? Email { get; set; }

        /// <summary>External key (<c>groupExternalKey</c> on the wire).</summary>
        [JsonPropertyName("groupExternalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>Number of members, when the response lists them.</summary>
        [JsonIgnore]
        public int? MemberCount => Members?.Count;

        /// <summary>Domain id.</summary>
        public int? DomainId { get; set; }

        /// <summary>Group mail.</summary>
        public bool UseMail { get; set; }

        /// <summary>Group message room.</summary>
        public bool UseMessage { get; set; }

        /// <summary>Group note.</summary>
        public bool UseNote { get; set; }

        /// <summary>Group calendar.</summary>
        public bool UseCalendar { get; set; }

        /// <summary>Group task.</summary>
        public bool UseTask { get; set; }

        /// <summary>Group folder.</summary>
        public bool UseFolder { get; set; }

        /// <summary>Service notifications.</summary>
        public bool UseServiceNotification { get; set; }

        /// <summary>Administrators.</summary>
        public List<GroupAdministrator>? Administrators { get; set; }

        /// <summary>Members (users, org units, groups), when the response lists them.</summary>
        public List<GroupMember>? Members { get; set; }

        /// <inheritdoc />
        public override string ToString() => Name ?? GroupId ?? "";
    }
}
