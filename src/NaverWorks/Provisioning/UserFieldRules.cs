using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace NaverWorks.Provisioning
{
    /// <summary>
    /// The user field rules the API documents (works-api.md section 2), checked before anything is sent so a bad
    /// row fails alone, at once, naming its column. Values are also normalized: dates become YYYY-MM-DD, a locale
    /// written ko-KR becomes ko_KR. Rules the documentation does not state (password strength, the tenant's mail
    /// domain) are left to the service.
    /// </summary>
    public static class UserFieldRules
    {
        /// <summary>The documented locales.</summary>
        public static readonly string[] Locales = { "ko_KR", "ja_JP", "zh_CN", "zh_TW", "en_US" };

        // localpart@domain (Standard) or id@group (Advanced): the local part starts with a lowercase letter or digit.
        private static readonly Regex LoginEmail = new Regex(@"^[a-z0-9][^@\s]{0,63}@[^@\s]+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private static readonly Regex AnyEmail = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private static readonly Regex Phone = new Regex("^(?=.*[0-9])[0-9+\\-*#PTpt()\u3000]{0,100}$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private static readonly char[] ExternalKeyForbidden = { '%', '\\', '#', '/', '?' };
        private static readonly string[] DateFormats = { "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d" };

        /// <summary>Checks and normalizes the fields of a new user.</summary>
        /// <exception cref="InvalidFieldException">The first field that breaks a rule.</exception>
        public static void ValidateNew(UserFields f)
        {
            if (f.Email is null) throw new InvalidFieldException("Email", "is required (the login address).");
            if (f.LastName is null && f.FirstName is null) throw new InvalidFieldException("LastName", "give LastName, FirstName or both.");
            if ((f.Position is not null || f.PositionId is not null || f.IsManager is not null) && f.OrgUnit is null && f.OrgUnitId is null)
                throw new InvalidFieldException(f.Position is not null || f.PositionId is not null ? "Position" : "IsManager",
                    "belongs to an org unit placement; give OrgUnit or OrgUnitId too.");
            string? type = f.PasswordCreationType;
            if (type is not null)
            {
                type = type.ToUpperInvariant();
                if (type != "ADMIN" && type != "MEMBER") throw new InvalidFieldException("PasswordCreationType", $"'{f.PasswordCreationType}' is not Admin or Member.");
                if (type == "ADMIN" && f.Password is null) throw new InvalidFieldException("Password", "is required when PasswordCreationType is Admin.");
                if (type == "MEMBER" && f.Password is not null) throw new InvalidFieldException("Password", "is set by the member when PasswordCreationType is Member; leave it out.");
                f.PasswordCreationType = type;
            }
            ValidateCommon(f);
        }

        /// <summary>Checks and normalizes the fields of a change to an existing user.</summary>
        public static void ValidateChange(UserFields f)
        {
            if (f.Email is not null) throw new InvalidFieldException("Email", "the login email cannot be changed here.");
            ValidateCommon(f);
        }

        private static void ValidateCommon(UserFields f)
        {
            if (f.Email is not null)
            {
                Length("Email", f.Email, 90);
                if (!LoginEmail.IsMatch(f.Email))
                    throw new InvalidFieldException("Email", $"'{f.Email}' is not a valid login address (local part starting with a lowercase letter or digit, then @domain).");
            }
            Length("LastName", f.LastName, 80);
            Length("FirstName", f.FirstName, 80);
            Length("NickName", f.NickName, 100);
            Length("Location", f.Location, 100);
            Length("EmployeeNumber", f.EmployeeNumber, 100);
            Length("TimeZone", f.TimeZone, 100);
            if (f.PrivateEmail is not null)
            {
                Length("PrivateEmail", f.PrivateEmail, 256);
                if (!AnyEmail.IsMatch(f.PrivateEmail)) throw new InvalidFieldException("PrivateEmail", $"'{f.PrivateEmail}' is not a valid email address.");
            }
            if (f.ExternalKey is not null)
            {
                Length("ExternalKey", f.ExternalKey, 100);
                if (f.ExternalKey.IndexOfAny(ExternalKeyForbidden) >= 0)
                    throw new InvalidFieldException("ExternalKey", $"'{f.ExternalKey}' contains one of % \\ # / ? which external keys cannot.");
            }
            CheckPhone("CellPhone", f.CellPhone);
            CheckPhone("Telephone", f.Telephone);
            if (f.Locale is not null)
            {
                string normalized = f.Locale.Replace('-', '_');
                string? known = Locales.FirstOrDefault(l => string.Equals(l, normalized, StringComparison.OrdinalIgnoreCase));
                f.Locale = known ?? throw new InvalidFieldException("Locale", $"'{f.Locale}' is not one of {string.Join(", ", Locales)}.");
            }
            f.HiredDate = NormalizeDate("HiredDate", f.HiredDate);
            f.Birthday = NormalizeDate("Birthday", f.Birthday);
        }

        /// <summary>A date as YYYY-MM-DD, from the forms Korean and Japanese spreadsheets write.</summary>
        public static string? NormalizeDate(string field, string? value)
        {
            if (value is null) return null;
            if (DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            throw new InvalidFieldException(field, $"'{value}' is not a date in the form YYYY-MM-DD.");
        }

        private static void CheckPhone(string field, string? value)
        {
            if (value is null) return;
            if (!Phone.IsMatch(value))
                throw new InvalidFieldException(field, $"'{value}' is not a phone number: use digits and + - * # P T ( ) only (no spaces), at most 100.");
        }

        // Every text field: within its documented length, and free of control characters, which no directory
        // field can hold and which usually mean a broken export (a stray tab, a bell, a NUL) rather than data.
        private static void Length(string field, string? value, int max)
        {
            if (value is null) return;
            if (value.Length > max)
                throw new InvalidFieldException(field, $"is {value.Length} characters long; at most {max} are allowed.");
            int bad = value.IndexOfAny(ControlCharacters);
            if (bad >= 0)
                throw new InvalidFieldException(field, $"contains a control character (U+{(int)value[bad]:X4}) at position {bad + 1}; remove it from the input.");
        }

        private static readonly char[] ControlCharacters = Enumerable.Range(0, 32).Concat(Enumerable.Range(127, 33)).Select(i => (char)i).ToArray();
    }
}
