using System;
using System.Globalization;
using System.Management.Automation;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Lets a date parameter that goes on the wire as <c>YYYY-MM-DD</c> also take a [datetime] (Get-Date, a
    /// spreadsheet's date column); text is left for the field rules to check and normalize.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class DateTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject pso ? pso.BaseObject : inputData;
            return value switch
            {
                DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTimeOffset offset => offset.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => inputData,
            };
        }
    }
}
