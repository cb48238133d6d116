using System;
using System.Management.Automation;
using NaverWorks.Bulk;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Treats an empty value (an empty CSV cell) as "not given", so <c>Import-Csv | New-…</c> works with optional
    /// columns left blank on some rows. Use on nullable number and enum parameters.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class NullIfBlankAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            CsvValue.IsBlank(PSInput.Unwrap(inputData)) ? null : inputData;
    }
}
