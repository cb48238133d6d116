using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Directory.Users;

/// <summary>
/// <c>passwordConfig</c> on user create. The real password rules are not in the docs; the emulator
/// [INFERRED] requires 8–20 printable ASCII characters with at least one letter and one digit.
/// MEMBER (the default) lets the member set the password through their private email, so that
/// address is required ([CODE] Java DTO comment; the emulated tenant has SSO off).
/// </summary>
internal static class PasswordPolicy
{
    public const int MinLength = 8;
    public const int MaxLength = 20;

    /// <summary>Reads passwordConfig and returns the creation type (ADMIN or MEMBER). The password itself is never stored.</summary>
    public static string ReadCreationType(JsonBody body, string? privateEmail)
    {
        var type = "MEMBER";
        body.Object<object>("passwordConfig", null, required: false, (config, _) =>
        {
            type = config.String("passwordCreationType", null, StringRule.OneOf("ADMIN", "MEMBER") with { Default = "MEMBER", Nullable = false })!;
            var password = config.String("password", null, StringRule.Optional(int.MaxValue));
            config.Bool("changePasswordAtNextLogin", false, false);
            if (type == "ADMIN")
            {
                Check(config.PathOf("password"), password);
            }
            else if (password is not null)
            {
                throw ApiErrors.Invalid(config.PathOf("password"), "must not be given when passwordCreationType is MEMBER");
            }

            return type;
        });

        if (type == "MEMBER" && privateEmail is null)
        {
            throw ApiErrors.Missing("privateEmail");
        }

        return type;
    }

    private static void Check(string path, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw ApiErrors.Missing(path);
        }

        if (password.Length is < MinLength or > MaxLength
            || !password.All(c => c is > ' ' and <= '~')
            || !password.Any(char.IsAsciiLetter)
            || !password.Any(char.IsAsciiDigit))
        {
            throw ApiErrors.Invalid(path, $"must be {MinLength}-{MaxLength} printable ASCII characters without spaces, with at least one letter and one digit");
        }
    }
}
