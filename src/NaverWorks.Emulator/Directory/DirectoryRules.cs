using System.Text.RegularExpressions;
using NaverWorks.Emulator.Infrastructure;

namespace NaverWorks.Emulator.Directory;

/// <summary>Validation rules shared by the directory resources (one definition each).</summary>
internal static partial class DirectoryRules
{
    public const string ExternalKeyPrefix = "externalKey:";

    public static readonly string[] Languages = ["ko_KR", "ja_JP", "zh_CN", "zh_TW", "en_US"];

    /// <summary>External keys: ≤100 characters without <c>% \ # / ?</c> (documented).</summary>
    public static readonly StringRule ExternalKey = new()
    {
        MaxLength = 100,
        MinLength = 1,
        Pattern = ExternalKeyPattern(),
        PatternMessage = "must not contain % \\ # / or ?",
    };

    public static readonly StringRule Language = new() { Required = true, Nullable = false, AllowedValues = Languages };

    public static readonly StringRule Date = new() { Pattern = DatePattern(), PatternMessage = "must be a date in the form YYYY-MM-DD" };

    /// <summary>Phone numbers, as documented: <c>^(?=.*[0-9])[0-9+\-*#PTpt()\u3000]{0,100}</c> (anchored at both ends here).</summary>
    public static readonly StringRule Phone = new() { MaxLength = 100, Pattern = PhonePattern(), PatternMessage = "must contain a digit and only 0-9 + - * # P T p t ( ) or an ideographic space" };

    /// <summary>The domainId every body must carry (required on create and PUT), which must be the tenant's.</summary>
    public static int DomainId(JsonBody body, int current, int tenantDomainId, string name = "domainId")
    {
        var value = body.Int(name, current, required: true);
        return value == tenantDomainId ? value : throw ApiErrors.Invalid(body.PathOf(name), $"domain {value} does not exist (this tenant is {tenantDomainId})");
    }

    public static IReadOnlyList<LocalizedName> LocalizedNames(JsonBody body, IReadOnlyList<LocalizedName> current, int maxNameLength = 100) =>
        body.Array("i18nNames", current, e => new LocalizedName
        {
            Name = e.String("name", null, StringRule.Mandatory(maxNameLength)),
            Language = e.String("language", null, Language),
        });

    /// <summary>An email address in the tenant's mail domain; the local part starts with a lowercase letter or digit.</summary>
    public static StringRule TenantEmail(string mailDomain, bool required, int maxLength = 90, int minLocalLength = 1, int maxLocalLength = 64) => new()
    {
        Required = required,
        Nullable = !required,
        MinLength = required ? 1 : 0,
        MaxLength = maxLength,
        Pattern = new Regex(
            $"^(?=[^@]{{{minLocalLength},{maxLocalLength}}}@)[a-z0-9][a-z0-9._+-]*@{Regex.Escape(mailDomain)}$",
            RegexOptions.CultureInvariant),
        PatternMessage = $"must be a valid address in domain {mailDomain}",
    };

    public static readonly StringRule AnyEmail = new()
    {
        MaxLength = 256,
        Pattern = AnyEmailPattern(),
        PatternMessage = "must be a valid email address",
    };

    [GeneratedRegex(@"^[^%\\#/?]+$")]
    private static partial Regex ExternalKeyPattern();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?=.*[0-9])[0-9+\-*#PTpt()\u3000]{0,100}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex AnyEmailPattern();
}
