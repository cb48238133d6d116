using System;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// A value that cannot be sent: malformed, too long, or naming an org unit, position or level that does not
    /// exist or is ambiguous. Raised before any request for the row is made. <see cref="ArgumentException.ParamName"/>
    /// is the cmdlet parameter (the CSV column) at fault.
    /// </summary>
    public sealed class InvalidFieldException : ArgumentException
    {
        /// <summary>Creates the error for <paramref name="field"/>.</summary>
        public InvalidFieldException(string field, string problem) : base(problem, field)
        {
            Field = field;
            Problem = problem;
        }

        /// <summary>The parameter (CSV column) at fault.</summary>
        public string Field { get; }

        /// <summary>What is wrong with it.</summary>
        public string Problem { get; }

        /// <summary>"Field: problem", without .NET's "(Parameter 'x')" suffix.</summary>
        public override string Message => $"{Field}: {Problem}";
    }
}
