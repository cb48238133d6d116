using System;
using System.Globalization;
using System.Management.Automation;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// ValidateRange for an optional number that a blank CSV cell leaves unset: PowerShell's own ValidateRange
    /// refuses the null that <see cref="NullIfBlankAttribute"/> turns a blank cell into.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateOptionalRangeAttribute : ValidateArgumentsAttribute
    {
        /// <summary>Allows values from <paramref name="min"/> to <paramref name="max"/>, and null.</summary>
        public ValidateOptionalRangeAttribute(double min, double max)
        {
            Min = min;
            Max = max;
        }

        /// <summary>Smallest value allowed.</summary>
        public double Min { get; }

        /// <summary>Largest value allowed.</summary>
        public double Max { get; }

        /// <inheritdoc />
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            object? value = arguments is PSObject p ? p.BaseObject : arguments;
            if (value is null) return;
            double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (number < Min || number > Max)
                throw new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture, "{0} is outside the allowed range {1} to {2}.", value, Min, Max));
        }
    }
}
