using System;
using System.Collections;
using System.Management.Automation;
using NaverWorks.Calendar;
using NaverWorks.Models;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// Reminders as <c>'PT15M'</c>, <c>'EMAIL:PT15M'</c>, a TimeSpan, or a hashtable <c>@{Method='EMAIL'; Trigger='PT1H'}</c>;
    /// several in one CSV cell separated by <c>;</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ReminderTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            CalendarArgument.Many(inputData, v => v switch
            {
                EventReminder r => new[] { r },
                TimeSpan span => new[] { ReminderParser.FromTimeSpan(span) },
                IDictionary fields => new[] { ReminderParser.FromFields(fields) },
                string s => Array.ConvertAll(s.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries), ReminderParser.Parse),
                _ => throw new ArgumentException($"A {v.GetType().Name} is not a reminder; give 'PT15M', 'EMAIL:PT15M', a TimeSpan or @{{Method=…; Trigger=…}}."),
            });
    }
}
