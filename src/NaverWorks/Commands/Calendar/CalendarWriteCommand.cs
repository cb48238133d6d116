using System.Linq;
using System.Management.Automation;
using NaverWorks.Calendar;
using NaverWorks.Commands.Common;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>The fields New-WorksCalendar and Set-WorksCalendar share, read into a create or PATCH body.</summary>
    public abstract class CalendarWriteCommand : WorksCmdlet
    {
        /// <summary>Description (up to 1000 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        /// <summary>Members: user ids or emails (may read and write events), or hashtables with Id, Type (User, Group, OrgUnit) and Role
        /// (CalendarEventReadWrite, EventReadWrite, EventRead, EventReadFreeBusy).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [CalendarMemberTransformation]
        public CalendarMember[]? Member { get; set; }

        /// <summary>Visible to everyone in the tenant.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter IsPublic { get; set; }

        /// <summary>Whether <paramref name="parameter"/> counts as given for this input (Set takes it from the command line only).</summary>
        protected virtual bool IsGiven(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);

        /// <summary>The body: only the fields that were given (a PATCH changes only those).</summary>
        protected CalendarProperties ReadBody(string? name)
        {
            if (name is not null && name.Length > 50) throw new EventFieldException("Name", $"is {name.Length} characters long; the API takes at most 50.");
            if (Description is not null && Description.Length > 1000) throw new EventFieldException("Description", $"is {Description.Length} characters long; the API takes at most 1000.");
            return new CalendarProperties
            {
                CalendarName = name,
                Description = IsGiven(nameof(Description)) ? Description ?? "" : null,
                Members = IsGiven(nameof(Member)) ? (Member ?? new CalendarMember[0]).ToList() : null,
                IsPublic = IsGiven(nameof(IsPublic)) ? IsPublic.IsPresent : (bool?)null,
            };
        }

        /// <summary>Writes a calendar; fields the answer lacks are taken from what was sent.</summary>
        protected void WriteCalendar(CalendarProperties answer, CalendarProperties sent)
        {
            answer.CalendarName ??= sent.CalendarName;
            answer.Description ??= sent.Description;
            answer.Members ??= sent.Members;
            answer.IsPublic ??= sent.IsPublic;
            WriteObject(GetWorksCalendarCommand.Tag(WorksCalendar.From(answer, null, isDefault: false)));
        }
    }
}
