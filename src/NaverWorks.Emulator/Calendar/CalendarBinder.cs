using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Calendar;

/// <summary>Binds a shared calendar's create (POST) or PATCH body: name ≤50 (required on create), description ≤1000, isPublic, members with roles.</summary>
internal static class CalendarBinder
{
    private static readonly StringRule Type = StringRule.OneOf(CalendarMemberRecord.Types) with { Required = true, Nullable = false };
    private static readonly StringRule Role = StringRule.OneOf(CalendarMemberRecord.Roles) with { Required = true, Nullable = false };

    public static void Apply(JsonBody body, CalendarRecord calendar, CalendarStore store)
    {
        var name = body.String("calendarName", calendar.CalendarName, body.Mode == BindMode.Create ? StringRule.Mandatory(50) : StringRule.Optional(50) with { MinLength = 1, Nullable = false });
        var description = body.String("description", calendar.Description, StringRule.Optional(1000)) ?? "";
        var isPublic = body.Bool("isPublic", calendar.IsPublic, defaultValue: false);
        var members = body.Array("members", calendar.Members, m =>
        {
            var member = new CalendarMemberRecord(m.String("id", null, StringRule.Mandatory(255))!, m.String("type", null, Type)!, m.String("role", null, Role)!);
            return store.MemberExists(member.Id, member.Type)
                ? member
                : throw ApiErrors.Invalid(m.PathOf("id"), $"no {member.Type.ToLowerInvariant()} '{member.Id}' exists");
        });
        calendar.CalendarName = name!;
        calendar.Description = description;
        calendar.IsPublic = isPublic;
        calendar.Members = [.. members];
    }
}
