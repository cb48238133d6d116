using System;
using System.Linq;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// What an external key in a path may be. The docs only say String(36); the character rules are the
/// emulator's strict guess ([INFERRED]): anything that could change how the path is split or
/// normalized is refused, and "#" is refused because it means "no parent" in department bodies.
/// </summary>
internal static class ExternalKeyRules
{
    public const int MaxLength = 36;

    /// <summary>Null when <paramref name="key"/> is acceptable, else the reason.</summary>
    public static string? Check(string key)
    {
        if (key.Length is 0 or > MaxLength)
        {
            return $"externalKey must be 1 to {MaxLength} characters.";
        }

        if (key is "." or ".." || key.IndexOfAny(['/', '\\', '?', '#', '%']) >= 0)
        {
            return "externalKey must not be '.', '..' or contain / \\ ? # %.";
        }

        if (key.Any(char.IsControl) || key.Trim().Length != key.Length)
        {
            return "externalKey must not contain control characters or leading/trailing whitespace.";
        }

        return null;
    }
}
