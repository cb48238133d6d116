using System;
using System.Management.Automation;
using NaverWorks.Bulk;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Lets a switch or <c>bool?</c> parameter bind from CSV text: true/false, yes/no, y/n, on/off, 1/0 (any case),
    /// and an empty cell as "not given" (off for a switch). PowerShell's binder otherwise refuses every string
    /// for these, which breaks <c>Import-Csv | …</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BooleanTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            if (PSInput.Unwrap(inputData) is not string text) return inputData;
            try
            {
                return CsvValue.ToBool(text);
            }
            catch (FormatException ex)
            {
                throw new ArgumentTransformationMetadataException($"{ex.Message} Use true or false (also yes/no, y/n, 1/0).", ex);
            }
        }
    }
}
