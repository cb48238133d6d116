using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NaverWorks.Bulk;
using NaverWorks.Commands.Common;

namespace NaverWorks.Commands.Calendar
{
    /// <summary>
    /// What the calendar transformation attributes share: blank means "not given", lists are converted item by
    /// item, and any parse error becomes PowerShell's argument-transformation error naming the parameter.
    /// </summary>
    internal static class CalendarArgument
    {
        /// <summary>Converts a scalar value; null when blank.</summary>
        public static object? One<T>(object? input, Func<object, T> convert) where T : class
        {
            object? value = PSInput.Unwrap(input);
            if (CsvValue.IsBlank(value)) return null;
            return Guard(() => convert(value!));
        }

        /// <summary>Converts a list value into <typeparamref name="T"/>[]; each item may itself yield several (a CSV cell "a; b").</summary>
        public static object? Many<T>(object? input, Func<object, IEnumerable<T>> convert)
        {
            List<object?> items = PSInput.Items(input).ToList();
            if (items.Count == 1 && CsvValue.IsBlank(items[0])) return null;
            return Guard(() => items.Where(i => !CsvValue.IsBlank(i)).SelectMany(i => convert(i!)).ToArray());
        }

        private static object Guard(Func<object> convert)
        {
            try
            {
                return convert();
            }
            catch (Exception ex) when (ex is FormatException || ex is ArgumentException)
            {
                throw new ArgumentTransformationMetadataException(ex.Message, ex);
            }
        }
    }
}
