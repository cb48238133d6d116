using System;
using System.Management.Automation;
using NaverWorks.Bulk;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Lets a switch or <c>bool?</c> parameter bind from CSV text: true/false, yes/no, y/n, on/off, 1/0 (any case).
    /// PowerShell's binder otherwise refuses every string for these, which breaks <c>Import-Csv | …</c>.
    /// An empty cell means off (a switch cannot be null); on a <c>bool?</c> parameter set
    /// <see cref="BlankIsNotGiven"/> so an empty cell leaves the value unchanged instead.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BooleanTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>Set on <c>bool?</c> parameters: an empty cell binds as null ("not given") instead of false.</summary>
        public bool BlankIsNotGiven { get; set; }

        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            if (PSInput.Unwrap(inputData) is not string text) return inputData;
            bool? value;
            try
            {
                value = CsvValue.ToBool(text);
            }
            catch (FormatException ex)
            {
                throw new ArgumentTransformationMetadataException($"'{text}' is not a yes/no value: use true or false (also yes/no, y/n, 1/0).", ex);
            }
            return value ?? (BlankIsNotGiven ? (bool?)null : false);
        }
    }
}
