using System.Collections.Generic;

namespace NaverWorks.Provisioning
{
    /// <summary>The group fields given for one row of New-/Set-WorksGroup; null means not given.</summary>
    public sealed class GroupFields
    {
        /// <summary>Name.</summary>
        public string? Name { get; set; }

        /// <summary>Description.</summary>
        public string? Description { get; set; }

        /// <summary>Group mailing address.</summary>
        public string? Email { get; set; }

        /// <summary>External key.</summary>
        public string? ExternalKey { get; set; }

        /// <summary>Domain.</summary>
        public int? DomainId { get; set; }

        /// <summary>Group mail.</summary>
        public bool? UseMail { get; set; }

        /// <summary>Message room.</summary>
        public bool? UseMessage { get; set; }

        /// <summary>Note.</summary>
        public bool? UseNote { get; set; }

        /// <summary>Calendar.</summary>
        public bool? UseCalendar { get; set; }

        /// <summary>Task.</summary>
        public bool? UseTask { get; set; }

        /// <summary>Folder.</summary>
        public bool? UseFolder { get; set; }

        /// <summary>Administrators (user ids, emails or externalKey:KEY).</summary>
        public IList<string> Administrators { get; } = new List<string>();

        /// <summary>Members.</summary>
        public IList<GroupMemberRef> Members { get; } = new List<GroupMemberRef>();
    }
}
