using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// Value formats. Lengths come from the docs; formats marked [INFERRED] are the emulator's strict
/// reading of the field descriptions (a client that passes them will not be refused for format).
/// </summary>
internal static partial class FieldRules
{
    /// <summary>Locale keys of i18nNames and localeTypeCd, as listed in the settingLeave example. [READ]</summary>
    public static readonly IReadOnlySet<string> Locales = new HashSet<string>(StringComparer.Ordinal) { "ko_KR", "ja_JP", "en_US", "zh_CN", "zh_TW" };

    /// <summary>genderCd values. [READ]</summary>
    public static readonly IReadOnlySet<string> Genders = new HashSet<string>(StringComparer.Ordinal) { "MALE", "FEMALE" };

    /// <summary>A single '@' between non-empty parts, a dot in the domain, no whitespace. [INFERRED]</summary>
    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    /// <summary>yyyy-MM-dd and a real calendar date. [READ format]</summary>
    public static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>IANA-style zone id such as Asia/Seoul or UTC. [INFERRED]</summary>
    public static bool IsTimeZoneId(string value) => TimeZonePattern().IsMatch(value);

    /// <summary>Digits with + - ( ) and spaces. [INFERRED]</summary>
    public static bool IsPhone(string value) => PhonePattern().IsMatch(value);

    /// <summary>Letters, digits and '-'. [INFERRED]</summary>
    public static bool IsZipCode(string value) => ZipPattern().IsMatch(value);

    /// <summary>Letters, digits and only the special characters ! @ &amp; ( ) - _ + [ ] { } , . [READ]</summary>
    public static bool IsNickname(string value) => value.All(c => char.IsLetterOrDigit(c) || "!@&()-_+[]{},.".Contains(c));

    /// <summary>A non-negative integer. [INFERRED: sortOrder is a String that orders items]</summary>
    public static bool IsNonNegativeInteger(string value) => value.All(char.IsAsciiDigit);

    /// <summary>
    /// A non-negative decimal display order, normalized the way responses show it: "1" → "1.0",
    /// "2.50" → "2.5". [CODE] real responses show dispOrd "1.0" for the top department, so the
    /// backend stores a number; a client must compare dispOrd numerically, not as text.
    /// </summary>
    public static bool TryNormalizeDisplayOrder(string value, out string normalized)
    {
        normalized = "";
        if (!DecimalPattern().IsMatch(value) || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
        {
            return false;
        }

        string text = (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture); // drops trailing zeros
        normalized = text.Contains('.') ? text : text + ".0";
        return true;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Za-z_]+(/[A-Za-z0-9_+\-]+)*$")]
    private static partial Regex TimeZonePattern();

    [GeneratedRegex(@"^[0-9+\-() ]+$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-]+$")]
    private static partial Regex ZipPattern();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$")]
    private static partial Regex DecimalPattern();
}
