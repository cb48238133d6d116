using System;
using System.Management.Automation;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Lets a switch or bool parameter bind from CSV text: Import-Csv yields "True", "FALSE", "yes", "1"… and
    /// PowerShell refuses strings for boolean parameters. A blank cell becomes false here; the bulk cmdlets
    /// treat blank cells as "not given" before looking at the value (see <see cref="BulkCmdlet{TRow}"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BooleanTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject pso ? pso.BaseObject : inputData;
            if (value is not string text) return inputData;
            switch (text.Trim().ToLowerInvariant())
            {
                case "":
                case "false":
                case "no":
                case "n":
                case "0":
                case "off":
                    return false;
                case "true":
                case "yes":
                case "y":
                case "1":
                case "on":
                    return true;
                default:
                    throw new ArgumentTransformationMetadataException($"'{text}' is not a yes/no value; use True or False.");
            }
        }
    }
}
