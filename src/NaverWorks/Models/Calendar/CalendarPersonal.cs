namespace NaverWorks.Models
{
    /// <summary>One calendar a user can see, as <c>GET /users/{userId}/calendar-personals</c> lists it.</summary>
    public sealed class CalendarPersonal : WorksObject
    {
        /// <summary><c>calendarId</c>.</summary>
        public string? CalendarId { get; set; }

        /// <summary><c>calendarName</c>: the name as this user sees it.</summary>
        public string? CalendarName { get; set; }

        /// <summary><c>isShowOnLNBList</c>: shown in the user's calendar list.</summary>
        public bool? IsShowOnLNBList { get; set; }

        /// <summary><c>displayOrder</c> (0–9999).</summary>
        public int? DisplayOrder { get; set; }

        /// <summary><c>resourceLocation</c>.</summary>
        public int? ResourceLocation { get; set; }
    }
}
