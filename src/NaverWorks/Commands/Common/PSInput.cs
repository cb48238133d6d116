using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Unwraps parameter values for the module's transformation attributes: PSObject wrappers removed,
    /// PSCustomObjects (a CSV row, <c>[pscustomobject]@{…}</c>) turned into dictionaries, lists flattened.
    /// </summary>
    internal static class PSInput
    {
        /// <summary>The value without its PSObject wrapper; a PSCustomObject becomes a dictionary of its properties.</summary>
        public static object? Unwrap(object? value)
        {
            if (value is not PSObject pso) return value;
            if (pso.BaseObject is not PSCustomObject) return pso.BaseObject;
            var fields = new Hashtable(System.StringComparer.OrdinalIgnoreCase);
            foreach (var p in pso.Properties)
            {
                if (p.MemberType == PSMemberTypes.NoteProperty) fields[p.Name] = Unwrap(p.Value);
            }
            return fields;
        }

        /// <summary>The items of a list value, or the value itself as the only item (strings and dictionaries are single items).</summary>
        public static IEnumerable<object?> Items(object? value)
        {
            object? v = Unwrap(value);
            if (v is IEnumerable list && v is not string && v is not IDictionary)
            {
                foreach (object? item in list) yield return Unwrap(item);
            }
            else
            {
                yield return v;
            }
        }
    }
}
