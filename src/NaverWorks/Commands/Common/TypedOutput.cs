using System.Management.Automation;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Gives output objects their documented PowerShell type names (<c>NaverWorks.Event</c>…), which the default
    /// views and <c>[PSTypeName()]</c> parameters in users' scripts select on.
    /// </summary>
    internal static class TypedOutput
    {
        public static PSObject Tag(object value, string typeName)
        {
            var pso = PSObject.AsPSObject(value);
            if (!pso.TypeNames.Contains(typeName)) pso.TypeNames.Insert(0, typeName);
            return pso;
        }
    }
}
