using System;
using System.Management.Automation;
using NaverWorks.Bulk;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Lets a switch or boolean parameter bind from CSV text (<c>TRUE</c>, <c>no</c>, <c>1</c>, empty = off): PowerShell
    /// itself refuses strings for these, which breaks <c>Import-Csv | …</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BooleanTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = PSInput.Unwrap(inputData);
            if (value is not string) return inputData;
            try
            {
                return new SwitchParameter(CsvValue.ToBool(value) ?? false);
            }
            catch (FormatException ex)
            {
                throw new ArgumentTransformationMetadataException(ex.Message, ex);
            }
        }
    }
}
