using System.Text.RegularExpressions;

namespace NaverWorks.Emulator.Infrastructure;

/// <summary>The documented constraints of one string property.</summary>
internal sealed record StringRule
{
    public bool Required { get; init; }
    public bool Nullable { get; init; } = true;
    public int MinLength { get; init; }
    public int MaxLength { get; init; } = int.MaxValue;
    public Regex? Pattern { get; init; }
    public string PatternMessage { get; init; } = "has an invalid format";
    public IReadOnlyCollection<string>? AllowedValues { get; init; }
    public string? Default { get; init; }

    public static StringRule Optional(int maxLength) => new() { MaxLength = maxLength };

    public static StringRule Mandatory(int maxLength) => new() { Required = true, Nullable = false, MinLength = 1, MaxLength = maxLength };

    public static StringRule OneOf(params string[] values) => new() { AllowedValues = values };

    public string Check(string path, string value)
    {
        if (value.Length < MinLength)
        {
            throw MinLength == 1 ? ApiErrors.Invalid(path, "must not be empty") : ApiErrors.Invalid(path, $"must be at least {MinLength} characters");
        }

        if (value.Length > MaxLength)
        {
            throw ApiErrors.Invalid(path, $"must be at most {MaxLength} characters");
        }

        if (AllowedValues is not null && !AllowedValues.Contains(value))
        {
            throw ApiErrors.Invalid(path, $"must be one of {string.Join(", ", AllowedValues)}");
        }

        if (Pattern is not null && !Pattern.IsMatch(value))
        {
            throw ApiErrors.Invalid(path, PatternMessage);
        }

        return value;
    }
}
