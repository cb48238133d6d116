using System;

namespace NaverWorks.Calendar
{
    /// <summary>A value given for an event or calendar field is wrong; the message starts with the field's name.</summary>
    public sealed class EventFieldException : ArgumentException
    {
        /// <summary>Creates the exception for <paramref name="field"/>.</summary>
        public EventFieldException(string field, string problem, Exception? inner = null)
            : base($"{field}: {problem}", inner)
        {
            Field = field;
        }

        /// <summary>The parameter (and CSV column) at fault.</summary>
        public string Field { get; }
    }
}
