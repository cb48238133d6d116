using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Directory;

/// <summary>Reads a body property that references another directory resource and returns the referenced id.</summary>
internal static class DirectoryReferences
{
    /// <summary>
    /// Reads <paramref name="name"/> (an id or <c>externalKey:{key}</c>) and checks that it names an
    /// existing <typeparamref name="T"/>; a dangling reference is 400 naming the property. Stores the canonical id.
    /// </summary>
    public static string? Read<T>(JsonBody body, string name, string? current, DirectoryResource<T> target, bool required = false)
        where T : DirectoryRecord
    {
        var value = body.String(name, current, required ? StringRule.Mandatory(200) : StringRule.Optional(200));
        if (value is null || !body.Has(name))
        {
            return value;
        }

        return target.Find(value)?.ResourceId
            ?? throw ApiErrors.Invalid(body.PathOf(name), $"{target.Noun} '{value}' does not exist");
    }
}
