using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NaverWorks.Api
{
    /// <summary>
    /// The body of <c>POST /groups</c> and <c>PATCH /groups/{groupId}</c>; null properties are left out. The v1.0
    /// group body is not in the documentation read; these fields follow public client code [CODE].
    /// </summary>
    public sealed class GroupBody
    {
        /// <summary><c>domainId</c>.</summary>
        public int? DomainId { get; set; }

        /// <summary><c>groupName</c>.</summary>
        [JsonPropertyName("groupName")]
        public string? Name { get; set; }

        /// <summary>Description.</summary>
        public string? Description { get; set; }

        /// <summary><c>groupEmail</c>.</summary>
        [JsonPropertyName("groupEmail")]
        public string? Email { get; set; }

        /// <summary><c>groupExternalKey</c>.</summary>
        [JsonPropertyName("groupExternalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>Group mail (needs an email).</summary>
        public bool? UseMail { get; set; }

        /// <summary>Message room (needed by note, calendar, task and folder).</summary>
        public bool? UseMessage { get; set; }

        /// <summary>Note.</summary>
        public bool? UseNote { get; set; }

        /// <summary>Calendar.</summary>
        public bool? UseCalendar { get; set; }

        /// <summary>Task.</summary>
        public bool? UseTask { get; set; }

        /// <summary>Folder.</summary>
        public bool? UseFolder { get; set; }

        /// <summary>Administrators.</summary>
        public List<GroupAdministrator>? Administrators { get; set; }

        /// <summary>Members.</summary>
        public List<GroupMember>? Members { get; set; }
    }
}
