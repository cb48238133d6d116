
namespace NaverWorks.Models
{
    /// <summary>
    /// <c>NaverWorks.Calendar</c>: a calendar as the cmdlets write it, whether read as a user's default calendar,
    /// from the list of calendars a user can see, or as a shared calendar.
    /// </summary>
    public sealed class WorksCalendar
    {
        /// <summary>The PowerShell type name, for views and <c>[PSTypeName()]</c>.</summary>
        public const string TypeName = "NaverWorks.Calendar";

        /// <summary>The calendar's id.</summary>
        public string? CalendarId { get; set; }

        /// <summary>Name.</summary>
        public string? Name { get; set; }

        /// <summary>Description.</summary>
        public string? Description { get; set; }

        /// <summary>Visible to everyone in the tenant.</summary>
        public bool? IsPublic { get; set; }

        /// <summary>The calendar's own address.</summary>
        public string? Email { get; set; }

        /// <summary>Who may do what with it.</summary>
        public CalendarMember[]? Members { get; set; }

        /// <summary>The user it was read for (default and personal calendars), so it pipes into Get-WorksEvent.</summary>
        public string? UserId { get; set; }

        /// <summary>True for the user's default calendar.</summary>
        public bool IsDefault { get; set; }

        /// <summary>Shown in the user's calendar list (personal list only).</summary>
        public bool? IsShownInList { get; set; }

        /// <summary>Position in the user's list (personal list only).</summary>
        public int? DisplayOrder { get; set; }

        /// <summary>The calendar as received, unknown fields included.</summary>
        public WorksObject? Raw { get; set; }

        /// <summary>From a calendar's properties.</summary>
        public static WorksCalendar From(CalendarProperties p, string? userId, bool isDefault) => new WorksCalendar
        {
            CalendarId = p.CalendarId,
            Name = p.CalendarName,
            Description = p.Description,
            IsPublic = p.IsPublic,
            Email = p.CalendarEmail,
            Members = p.Members?.ToArray(),
            UserId = userId,
            IsDefault = isDefault,
            Raw = p,
        };

        /// <summary>From an entry of a user's calendar list.</summary>
        public static WorksCalendar From(CalendarPersonal p, string userId) => new WorksCalendar
        {
            CalendarId = p.CalendarId,
            Name = p.CalendarName,
            UserId = userId,
            IsShownInList = p.IsShowOnLNBList,
            DisplayOrder = p.DisplayOrder,
            Raw = p,
        };

        /// <inheritdoc />
        public override string ToString() => Name ?? CalendarId ?? "";
    }
}
