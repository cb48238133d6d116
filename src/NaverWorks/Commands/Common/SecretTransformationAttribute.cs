using System;
using System.Management.Automation;
using System.Security;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Lets a SecureString parameter also take a plain string (from a vault, an environment variable or a
    /// CSV), so scripts need no ConvertTo-SecureString -AsPlainText ceremony.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class SecretTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object value = inputData is PSObject pso ? pso.BaseObject : inputData;
            if (value is string text)
            {
                var secure = new SecureString();
                foreach (char c in text) secure.AppendChar(c);
                secure.MakeReadOnly();
                return secure;
            }
            return inputData;
        }
    }
}
