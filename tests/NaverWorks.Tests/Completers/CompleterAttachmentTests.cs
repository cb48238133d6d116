using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;

namespace NaverWorks.Tests.Completers;

/// <summary>Keeps completers on every parameter that names something the tenant has, in cmdlets written later too.</summary>
public sealed class CompleterAttachmentTests
{
    private static readonly Dictionary<string, Type> Expected = new(StringComparer.Ordinal)
    {
        ["OrgUnitId"] = typeof(OrgUnitIdCompleter),
        ["ParentId"] = typeof(OrgUnitIdCompleter),
        ["OrgUnit"] = typeof(OrgUnitNameCompleter),
        ["Parent"] = typeof(OrgUnitNameCompleter),
        ["PositionId"] = typeof(PositionIdCompleter),
        ["Position"] = typeof(PositionNameCompleter),
        ["LevelId"] = typeof(LevelIdCompleter),
        ["Level"] = typeof(LevelNameCompleter),
        ["GroupId"] = typeof(GroupIdCompleter),
        ["CalendarId"] = typeof(CalendarIdCompleter),
        ["DepartmentExternalKey"] = typeof(DepartmentKeyCompleter),
        ["ConcurrentDepartmentExternalKey"] = typeof(DepartmentKeyCompleter),
        ["ParentExternalKey"] = typeof(DepartmentKeyCompleter),
        ["GradeExternalKey"] = typeof(GradeKeyCompleter),
        ["JobExternalKey"] = typeof(JobKeyCompleter),
        ["EmploymentTypeExternalKey"] = typeof(EmploymentTypeKeyCompleter),
        ["TimeZone"] = typeof(TimeZoneCompleter),
        ["Scope"] = typeof(ScopeCompleter),
    };

    private static IEnumerable<(Type Cmdlet, PropertyInfo Parameter)> Parameters() =>
        typeof(NaverWorksCmdlet).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetCustomAttribute<CmdletAttribute>() is not null)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttributes<ParameterAttribute>(true).Any())
                .Select(p => (t, p)));

    [Fact]
    public void Every_parameter_that_names_a_tenant_object_a_time_zone_or_a_scope_has_its_completer()
    {
        var missing = Parameters()
            .Where(x => Expected.ContainsKey(x.Parameter.Name))
            .Where(x => x.Parameter.GetCustomAttribute<ArgumentCompleterAttribute>(true)?.Type is not Type completer
                        || !Expected[x.Parameter.Name].IsAssignableFrom(completer))
            .Select(x => $"{x.Cmdlet.Name} -{x.Parameter.Name}")
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Windows_zone_names_are_offered_only_where_the_parameter_translates_them()
    {
        foreach (var (cmdlet, parameter) in Parameters().Where(x => x.Parameter.Name == "TimeZone"))
        {
            bool translates = parameter.GetCustomAttribute<NaverWorks.Commands.Calendar.TimeZoneTransformationAttribute>(true) is not null;
            Type completer = parameter.GetCustomAttribute<ArgumentCompleterAttribute>(true)!.Type;
            Assert.True(translates == (completer == typeof(TimeZoneCompleter)), $"{cmdlet.Name} -TimeZone uses {completer.Name}");
        }
    }
}
