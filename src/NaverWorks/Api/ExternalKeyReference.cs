using System;

namespace NaverWorks.Api
{
    /// <summary>The <c>externalKey:KEY</c> form in which the API takes an external key wherever it takes an id.</summary>
    internal static class ExternalKeyReference
    {
        /// <summary>What starts the form.</summary>
        public const string Prefix = "externalKey:";

        /// <summary>The reference to the object whose external key is <paramref name="key"/>.</summary>
        public static string For(string key) => Prefix + key;

        /// <summary>True when <paramref name="value"/> is in the <c>externalKey:KEY</c> form.</summary>
        public static bool IsReference(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

        /// <summary>The key of a reference in the <c>externalKey:KEY</c> form.</summary>
        public static string KeyOf(string reference) => reference.Substring(Prefix.Length);
    }
}
