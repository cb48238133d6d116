using System;
using System.Collections;
using System.Management.Automation;
using NaverWorks.Calendar;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// Calendar members as user ids or emails (role EVENT_READ_WRITE), or hashtables/objects with Id, Type and Role.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class CalendarMemberTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            CalendarArgument.Many(inputData, v => v switch
            {
                CalendarMember m => new[] { m },
                IDictionary fields => new[] { CalendarMemberParser.FromFields(fields) },
                string s => Array.ConvertAll(s.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries), CalendarMemberParser.Parse),
                _ => throw new ArgumentException($"A {v.GetType().Name} is not a calendar member; give an id or @{{Id=…; Type=…; Role=…}}."),
            });
    }
}
