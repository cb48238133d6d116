using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace NaverWorks.HelpBuilder.Metadata;

/// <summary>
/// The default a parameter has when it is not given, read from a fresh instance of the cmdlet class (its
/// property initializers), so help cannot claim a default the code no longer has.
/// </summary>
internal sealed class DefaultValues : IDisposable
{
    private readonly Type? _type;
    private readonly object? _instance;

    private DefaultValues(Type? type, object? instance)
    {
        _type = type;
        _instance = instance;
    }

    public static DefaultValues Of(Type? cmdletType)
    {
        if (cmdletType is null) return new DefaultValues(null, null);
        object? instance = null;
        try
        {
            instance = Activator.CreateInstance(cmdletType);
        }
        catch (Exception ex) when (ex is MissingMethodException || ex is TargetInvocationException || ex is MemberAccessException)
        {
            // No usable constructor: every default shows as None, which is never wrong.
        }
        return new DefaultValues(cmdletType, instance);
    }

    public string For(CommandParameterInfo parameter)
    {
        var declared = parameter.Attributes.OfType<PSDefaultValueAttribute>().FirstOrDefault();
        if (declared is not null) return declared.Help ?? Format(declared.Value) ?? "None";
        if (parameter.ParameterType == typeof(SwitchParameter)) return "False";
        PropertyInfo? property = _type?.GetProperty(parameter.Name, BindingFlags.Public | BindingFlags.Instance);
        if (property is null || _instance is null || !property.CanRead) return "None";
        object? value;
        try
        {
            value = property.GetValue(_instance);
        }
        catch (TargetInvocationException)
        {
            return "None";
        }
        return IsUnset(value, property.PropertyType) ? "None" : Format(value) ?? "None";
    }

    public void Dispose() => (_instance as IDisposable)?.Dispose();

    // 0, false, "", empty arrays: the type's "not given", not a default worth showing.
    private static bool IsUnset(object? value, Type type)
    {
        if (value is null) return true;
        if (value is string s) return s.Length == 0;
        if (value is ICollection c) return c.Count == 0;
        Type t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsValueType && value.Equals(Activator.CreateInstance(t));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "True" : "False",
        string s => s,
        IEnumerable e => string.Join(", ", e.Cast<object?>().Select(Format)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
