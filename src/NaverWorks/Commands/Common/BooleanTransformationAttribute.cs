using System;
using System.Management.Automation;
using NaverWorks.Bulk;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Lets a switch or <c>bool?</c> parameter bind from CSV text: true/false, yes/no, y/n, on/off, 1/0 (any case).
    /// PowerShell's binder otherwise refuses every string for these, which breaks <c>Import-Csv | …</c>.
    /// An empty cell is "not given" for a <c>bool?</c>; a switch cannot be null, so there it means off.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BooleanTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>Set on switch parameters: an empty cell binds as off instead of "not given".</summary>
        public bool BlankIsFalse { get; set; }

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
            return value ?? (BlankIsFalse ? false : (bool?)null);
        }
    }
}
