using System;
using System.Management.Automation;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Lets a <c>bool?</c> parameter bind from CSV text: true/false, yes/no, y/n, on/off, 1/0 (any case), and
    /// an empty cell as "not given". PowerShell's binder otherwise refuses every string for a Boolean.
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
                case "": return null;
                case "true": case "yes": case "y": case "on": case "1": case "$true": return true;
                case "false": case "no": case "n": case "off": case "0": case "$false": return false;
                default: throw new ArgumentTransformationMetadataException($"'{text}' is not a yes/no value: use true or false (also yes/no, y/n, 1/0).");
            }
        }
    }
}
