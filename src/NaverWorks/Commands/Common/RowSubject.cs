using System.Management.Automation;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// How every bulk cmdlet names an input in its messages: "Row 12 (kim@example.com)" for pipeline input, where
    /// the number is what finds the line in the CSV, and just the label for a single call.
    /// </summary>
    internal static class RowSubject
    {
        public static string Format(InvocationInfo invocation, long row, string? label)
        {
            string name = string.IsNullOrEmpty(label) ? "(no value)" : label!;
            return invocation.ExpectingInput ? $"Row {row} ({name})" : name;
        }
    }
}
