using System;
using System.Linq;

namespace NaverWorks.HelpBuilder.Metadata;

/// <summary>How types are named in help: short names in syntax and parameters, full names in inputs and outputs.</summary>
public static class TypeNames
{
    /// <summary>The short name platyPS shows: <c>String</c>, <c>String[]</c>, <c>Int32</c> for <c>int?</c>, <c>Dictionary[String,Object]</c>.</summary>
    public static string Short(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray) return Short(type.GetElementType()!) + "[]";
        if (!type.IsGenericType) return type.Name;
        string name = type.Name.Substring(0, type.Name.IndexOf('`'));
        return name + "[" + string.Join(",", type.GetGenericArguments().Select(Short)) + "]";
    }

    /// <summary>The full name of what one pipeline object is: the element type of an array, nullable unwrapped.</summary>
    public static string PipelineItem(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray) type = type.GetElementType()!;
        return type.FullName ?? type.Name;
    }
}
