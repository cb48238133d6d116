using System;
using System.Linq;
using System.Management.Automation;
using NaverWorks.Calendar;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// Turns <c>[datetime]</c>, <c>[datetimeoffset]</c> and the strings the original tool took (<c>YYYY-MM-DD</c>,
    /// <c>YYYY-MM-DDTHH:mm:ss</c>, <c>YYYYMMDDTHHmmssZ</c>) into an <see cref="EventTimeValue"/>. With
    /// <see cref="List"/>, a list (or one CSV cell separated by <c>;</c> or <c>,</c>) becomes an array. Text that is not
    /// a time becomes an invalid value, reported by the cmdlet for its row (see <see cref="EventTimeValue.Problem"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class EventTimeTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>The parameter takes several values.</summary>
        public bool List { get; set; }

        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => List
            ? CalendarArgument.Many(inputData, v => v is string s
                ? s.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(EventTimeValue.ParseOrInvalid)
                : new[] { EventTimeValue.From(v) })
            : CalendarArgument.One(inputData, v => v is string s ? EventTimeValue.ParseOrInvalid(s) : EventTimeValue.From(v));
    }
}
