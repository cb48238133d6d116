using System;
using System.Collections;
using System.Management.Automation;
using NaverWorks.Calendar;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// Attendees as email strings (<c>'Hana Sato &lt;hana@example.com&gt;'</c>; several in one CSV cell separated by
    /// <c>;</c>), or hashtables/objects with Email, DisplayName, Partstat, IsOptional, IsResource.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class AttendeeTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            CalendarArgument.Many(inputData, v => v switch
            {
                EventAttendee a => new[] { a },
                IDictionary fields => new[] { AttendeeParser.FromFields(fields) },
                string s => AttendeeParser.Parse(s),
                _ => throw new ArgumentException($"A {v.GetType().Name} is not an attendee; give an email address or @{{Email=…; DisplayName=…}}."),
            });
    }
}
